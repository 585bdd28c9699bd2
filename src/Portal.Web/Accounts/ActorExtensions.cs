using System.Globalization;
using System.Security.Claims;
using Portal.Application.Common;
using Portal.Application.Accounts;

namespace Portal.Web.Accounts;

public static class ActorExtensions
{
    /// <summary>
    /// The signed-in person. Only actions that require one may ask (the fallback policy makes every action require one
    /// unless it allows anonymous callers), so a missing sign-in here is a mistake in the code, not a refusal.
    /// </summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("An action that allows anonymous callers asked for the signed-in person.");
        var organization = user.FindFirstValue(PortalClaims.OrganizationId);
        return new Actor(
            id,
            user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? id,
            organization is null ? null : int.Parse(organization, CultureInfo.InvariantCulture),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            user.CompanyRoles(),
            user.FindFirstValue(PortalClaims.ApprovalLimit) is { } limit ? long.Parse(limit, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>What the signed-in customer may do in their company; none for staff.</summary>
    public static CompanyRoles CompanyRoles(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.CompanyRoles) is { } roles
            ? (CompanyRoles)int.Parse(roles, CultureInfo.InvariantCulture)
            : Application.Common.CompanyRoles.None;

    /// <summary>Whether the signed-in customer holds <paramref name="role"/> in their company; never for staff or visitors.</summary>
    public static bool Holds(this ClaimsPrincipal user, CompanyRoles role) => user.CompanyRoles().HasFlag(role);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? string.Empty;
}
