using Microsoft.AspNetCore.Http.Extensions;

namespace Portal.Web.Accounts;

/// <summary>
/// Absolute links to the portal's pages, for mails and for services that send a person back (Stripe's checkout): on
/// the public address when it is set (always in Production, see <see cref="PublicAddress"/>), else on the request's,
/// else (a job, or the demo written at start) on the address the portal listens at.
/// </summary>
public sealed class PublicLinks(LinkGenerator links, IHttpContextAccessor http, PublicAddress publicAddress)
{
    public string To(string action, string controller, object values)
    {
        var (scheme, host, pathBase) = Base();
        return links.GetUriByAction(action, controller, values, scheme, host, pathBase) ?? throw new InvalidOperationException($"No route to {controller}/{action}.");
    }

    /// <summary>The page at the path given: for links made before the routes are mapped (the demo's mails, written at start).</summary>
    public string ToPath(string path)
    {
        var (scheme, host, pathBase) = Base();
        return UriHelper.BuildAbsolute(scheme, host, pathBase, path);
    }

    private (string Scheme, HostString Host, PathString PathBase) Base() =>
        publicAddress.Url is { } url ? (url.Scheme, new HostString(url.Authority), PathString.FromUriComponent(url))
        : http.HttpContext?.Request is { } request ? (request.Scheme, request.Host, request.PathBase)
        : (publicAddress.Listening.Scheme, new HostString(publicAddress.Listening.Authority), PathString.Empty);
}
