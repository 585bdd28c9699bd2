using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;
using Portal.Domain.Organizations;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Identity;

/// <summary>Identity's sign-in, except that members of a suspended organization cannot sign in.</summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db)
    : SignInManager<PortalUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        await base.CanSignInAsync(user) && !await IsSuspendedAsync(user);

    public async Task<bool> IsSuspendedAsync(PortalUser user) =>
        user.OrganizationId is { } id
        && await db.Organizations.AnyAsync(o => o.Id == id && o.Status == OrganizationStatus.Suspended);
}
