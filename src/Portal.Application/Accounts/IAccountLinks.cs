namespace Portal.Application.Accounts;

/// <summary>Absolute links that account emails carry; the web layer knows the routes.</summary>
public interface IAccountLinks
{
    string ConfirmEmail(string userId, string token);

    string ResetPassword(string email, string token);

    string AcceptInvitation(string userId, string token);

    string SignIn();

    string ForgotPassword();
}
