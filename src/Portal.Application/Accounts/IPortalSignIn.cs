using System.Security.Claims;

namespace Portal.Application.Accounts;

/// <summary>
/// Signing in and out, and whether a session still holds: a suspended organization's members cannot sign in, a refusal
/// never tells whether an address has an account, and a session ends when its user signs out, is suspended or resets
/// the password.
/// </summary>
public interface IPortalSignIn
{
    /// <summary>Signs in with a password and answers only whether it worked; the owner of a right password learns by mail why it did not.</summary>
    Task<bool> SignInWithPasswordAsync(string email, string password, bool remember);

    /// <summary>Signs out so that a copy of the session's cookie opens nothing any more.</summary>
    Task EndSessionAsync();

    /// <summary>Whether the session is still its user's; a page view may take this instance's finding of a moment ago.</summary>
    Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal, bool pageView);
}
