using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
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
/// a suspended company, is a 401 with problem details. The key and its company's standing are read on every call, so a
/// revocation or suspension counts at once; the person's roles and claims are kept for <see cref="PersonKeptFor"/>,
/// within the minute after which the pages look again at a signed-in person.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IPortalDb db, UserManager<PortalUser> users, IUserClaimsPrincipalFactory<PortalUser> principals, IMemoryCache people, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";
    public const string KeyIdClaim = "api_key_id";
    public static readonly TimeSpan PersonKeptFor = TimeSpan.FromSeconds(30);

    /// <summary>The credentials of the <c>Authorization: Bearer</c> header (its scheme in any case, as RFC 7235 has it); null without one.</summary>
    public static string? BearerCredentials(HttpRequest request)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerCredentials(Request) is not { } credentials)
        {
            return AuthenticateResult.NoResult();
        }
        if (!ApiKey.TryRead(credentials, out var prefix, out var secret))
        {
            return AuthenticateResult.Fail("That is not an API key of this portal.");
        }
        var found = await db.ApiKeys.Where(k => k.Prefix == prefix)
            .Select(k => new { Key = k, Suspended = db.Organizations.Any(o => o.Id == k.OrganizationId && o.Status == OrganizationStatus.Suspended) })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var person = found is not null && found.Key.Opens(secret) && !found.Suspended ? await PersonAsync(found.Key) : null;
        if (found is null || person is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked, or its company is suspended.");
        }
        if (found.Key.RecordUse(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(person, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && found.Key.Scopes.HasFlag(s))
            .Select(s => new Claim(ScopeClaim, s.ToString().ToLowerInvariant())));
        identity.AddClaim(new Claim(KeyIdClaim, found.Key.Id.ToString(CultureInfo.InvariantCulture)));
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

    /// <summary>The claims of the person the key acts as (roles, organization, name); none when the person is gone.</summary>
    private async Task<IReadOnlyList<Claim>?> PersonAsync(ApiKey key) =>
        await people.GetOrCreateAsync($"api-key-person:{key.Id}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PersonKeptFor;
            var user = await users.FindByIdAsync(key.UserId);
            return user is null ? null : (IReadOnlyList<Claim>)(await principals.CreateAsync(user)).Claims.ToList();
        });
}
