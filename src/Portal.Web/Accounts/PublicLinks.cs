namespace Portal.Web.Accounts;

/// <summary>
/// Absolute links to the portal's pages, for mails and for services that send a person back (Stripe's checkout): on
/// the public address when it is set (always in Production, see <see cref="PublicAddress"/>), else on the request's.
/// </summary>
public sealed class PublicLinks(LinkGenerator links, IHttpContextAccessor http, PublicAddress publicAddress)
{
    public string To(string action, string controller, object values) =>
        (publicAddress.Url is { } url
            ? links.GetUriByAction(action, controller, values, url.Scheme, new HostString(url.Authority), PathString.FromUriComponent(url))
            : links.GetUriByAction(http.HttpContext ?? throw new InvalidOperationException($"Without {PublicAddress.Setting}, links are made during a request only."),
                action, controller, values))
        ?? throw new InvalidOperationException($"No route to {controller}/{action}.");
}
