using Portal.Application.Accounts;

namespace Portal.Web.Accounts;

/// <summary>Builds the absolute links of account emails from the routes of AccountController (see <see cref="PublicLinks"/>).</summary>
public sealed class AccountLinks(PublicLinks links) : IAccountLinks
{
    public string ConfirmEmail(string userId, string token) => Link("ConfirmEmail", new { area = "", userId, token });

    public string ResetPassword(string email, string token) => Link("ResetPassword", new { area = "", email, token });

    public string AcceptInvitation(string userId, string token) => Link("AcceptInvitation", new { area = "", userId, token });

    public string SignIn() => Link("Login", new { area = "" });

    public string ForgotPassword() => Link("ForgotPassword", new { area = "" });

    private string Link(string action, object values) => links.To(action, "Account", values);
}
