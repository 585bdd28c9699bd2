using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;

namespace Portal.Infrastructure.Identity;

/// <summary>Puts the user's organization and name into the sign-in cookie, so pages need no lookup to scope their data.</summary>
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganizationId, organizationId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(PortalClaims.CompanyRoles, ((int)user.CompanyRoles).ToString(CultureInfo.InvariantCulture)));
            if (user.ApprovalLimitMinorUnits is { } limit)
            {
                identity.AddClaim(new Claim(PortalClaims.ApprovalLimit, limit.ToString(CultureInfo.InvariantCulture)));
            }
        }
        return identity;
    }
}
