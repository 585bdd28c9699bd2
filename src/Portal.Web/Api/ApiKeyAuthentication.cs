using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Organizations;

namespace Portal.Web.Api;

/// <summary>
/// Signs an API call in with the key in its <c>Authorization: Bearer</c> header: as the person the key belongs to, with
/// that person's roles and organization, plus the key's scopes. A missing, malformed, unknown or revoked key, or one of
/// a suspended company, is a 401 with problem details.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IPortalDb db, UserManager<PortalUser> users, IUserClaimsPrincipalFactory<PortalUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";
    public const string KeyIdClaim = "api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }
        if (!ApiKey.TryRead(header["Bearer ".Length..].Trim(), out var prefix, out var secret))
        {
            return AuthenticateResult.Fail("That is not an API key of this portal.");
        }
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var user = key is not null && key.Opens(secret) ? await users.FindByIdAsync(key.UserId) : null;
        if (key is null || user is null || await SuspendedAsync(key))
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked, or its company is suspended.");
        }
        if (key.RecordUse(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var person = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(person.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && key.Scopes.HasFlag(s))
            .Select(s => new Claim(ScopeClaim, s.ToString().ToLowerInvariant())));
        identity.AddClaim(new Claim(KeyIdClaim, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "An API key is required",
            "Send an API key of your company in the Authorization header: Bearer portal_….");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed", "This key's scope or its owner's role does not allow this call.");

    private async Task<bool> SuspendedAsync(ApiKey key) =>
        key.OrganizationId is { } organization
        && await db.Organizations.AnyAsync(o => o.Id == organization && o.Status == OrganizationStatus.Suspended, Context.RequestAborted);
}
