using Portal.Application.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Builds the absolute links of account emails from the routes of AccountController, on the portal's public address
/// when it is set (see <see cref="PublicAddress"/>).
/// </summary>
public sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor http, PublicAddress publicAddress) : IAccountLinks
{
    public string ConfirmEmail(string userId, string token) => Link("ConfirmEmail", new { area = "", userId, token });

    public string ResetPassword(string email, string token) => Link("ResetPassword", new { area = "", email, token });

    public string AcceptInvitation(string userId, string token) => Link("AcceptInvitation", new { area = "", userId, token });

    public string SignIn() => Link("Login", new { area = "" });

    public string ForgotPassword() => Link("ForgotPassword", new { area = "" });

    private string Link(string action, object values) =>
        (publicAddress.Url is { } url
            ? links.GetUriByAction(action, "Account", values, url.Scheme, new HostString(url.Authority), PathString.FromUriComponent(url))
            : links.GetUriByAction(http.HttpContext ?? throw new InvalidOperationException("Account links are made during a request."),
                action, "Account", values))
        ?? throw new InvalidOperationException($"No route to Account/{action}.");
}
