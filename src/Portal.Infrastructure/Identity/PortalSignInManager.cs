using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;
using Portal.Application.Accounts.Notices;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in, except that members of a suspended organization cannot sign in, a refusal never tells whether an
/// address has an account, and a session ends on the server when its user signs out, is suspended or resets the password.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db,
    AccountNotices notices,
    UnknownAddressPassword unknownAddress,
    CheckedSessions sessions)
    : SignInManager<PortalUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation), IPortalSignIn
{
    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        await base.CanSignInAsync(user) && !await IsSuspendedAsync(user);

    public async Task<bool> IsSuspendedAsync(PortalUser user) =>
        user.OrganizationId is { } id
        && await db.Organizations.AnyAsync(o => o.Id == id && o.Status == OrganizationStatus.Suspended);

    /// <summary>
    /// Signs in with a password and answers only whether it worked. An unknown address, a wrong password, an unconfirmed
    /// address, a suspended organization and a locked account fail alike, and each checks a password hash, so they take
    /// about as long; when the password was right, the owner learns the real reason by mail.
    /// </summary>
    public async Task<bool> SignInWithPasswordAsync(string email, string password, bool remember)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user?.PasswordHash is null)
        {
            unknownAddress.Check(password);
            return false;
        }
        var locked = await UserManager.IsLockedOutAsync(user);
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            if (!locked)
            {
                await UserManager.AccessFailedAsync(user);
            }
            return false;
        }
        if (locked || !await CanSignInAsync(user))
        {
            await notices.SendAsync(user, locked ? AccountNotice.LockedOut
                : await IsSuspendedAsync(user) ? AccountNotice.Suspended : AccountNotice.EmailNotConfirmed);
            return false;
        }
        await UserManager.ResetAccessFailedCountAsync(user);
        await SignInAsync(user, remember);
        return true;
    }

    /// <summary>Signs out and changes the user's security stamp, so that a copy of the cookie opens nothing any more.</summary>
    public async Task EndSessionAsync()
    {
        if (await UserManager.GetUserAsync(Context.User) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
        }
        await SignOutAsync();
    }

    /// <summary>
    /// Whether the session's security stamp is still the user's and the user's organization is not suspended: one query,
    /// made on every request that changes anything, so that a sign-out, a suspension or a password reset ends the session
    /// at once. A page view may take this instance's finding of a moment ago (see <see cref="CheckedSessions"/>).
    /// </summary>
    public async Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal, bool pageView)
    {
        var id = UserManager.GetUserId(principal);
        var stamp = principal.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }
        if (pageView && sessions.WasCurrent(id, stamp))
        {
            return true;
        }
        var changesBefore = sessions.Changes;
        var current = await db.Users.AnyAsync(u => u.Id == id && u.SecurityStamp == stamp
            && !db.Organizations.Any(o => o.Id == u.OrganizationId && o.Status == OrganizationStatus.Suspended));
        if (current)
        {
            sessions.Found(id, stamp, changesBefore);
        }
        return current;
    }
}
