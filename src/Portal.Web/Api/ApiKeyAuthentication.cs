using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;
using Portal.Application.Api;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Organizations;

namespace Portal.Web.Api;

/// <summary>
/// Signs an API call in with the key in its <c>Authorization: Bearer</c> header: as the person the key belongs to, with
/// that person's roles and organization, plus the key's scopes. A missing, malformed, unknown or revoked key, or one of
/// a suspended company, is a 401 with problem details. A key found usable is kept a moment (<see cref="CheckedApiKeys"/>),
/// so a revocation or suspension on this instance counts at once, on another within <see cref="CheckedApiKeys.Freshness"/>;
/// the person's roles and claims are kept for <see cref="PersonKeptFor"/>, within the minute after which the pages look
/// again at a signed-in person.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IPortalDb db, CheckedApiKeys checkedKeys, UserManager<PortalUser> users, IUserClaimsPrincipalFactory<PortalUser> principals,
    IMemoryCache people, TimeProvider clock)
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
        var key = checkedKeys.UsableKey(prefix) ?? await LookUpAsync(prefix, secret);
        var person = key is not null && key.Opens(secret) ? await PersonAsync(key) : null;
        if (key is null || person is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked, or its company is suspended.");
        }
        var identity = new ClaimsIdentity(person, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && key.Scopes.HasFlag(s))
            .Select(s => new Claim(ScopeClaim, s.ToString().ToLowerInvariant())));
        identity.AddClaim(new Claim(KeyIdClaim, key.Id.ToString(CultureInfo.InvariantCulture)));
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

    /// <summary>
    /// The key of this prefix when the secret opens it and its company is not suspended, its use noted (at most once a
    /// minute), and kept a moment for the calls that follow; null otherwise.
    /// </summary>
    private async Task<ApiKey?> LookUpAsync(string prefix, string secret)
    {
        var changesBefore = checkedKeys.Changes;
        var found = await db.ApiKeys.Where(k => k.Prefix == prefix)
            .Select(k => new { Key = k, Suspended = db.Organizations.Any(o => o.Id == k.OrganizationId && o.Status == OrganizationStatus.Suspended) })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || found.Suspended || !found.Key.Opens(secret))
        {
            return null;
        }
        if (found.Key.RecordUse(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(Context.RequestAborted);
            changesBefore = checkedKeys.Changes;
        }
        checkedKeys.Found(found.Key, changesBefore);
        return found.Key;
    }

    /// <summary>The claims of the person the key acts as (roles, organization, name); none when the person is gone.</summary>
    private async Task<IReadOnlyList<Claim>?> PersonAsync(ApiKey key) =>
        await people.GetOrCreateAsync($"api-key-person:{key.Id}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PersonKeptFor;
            var user = await users.FindByIdAsync(key.UserId);
            return user is null ? null : (IReadOnlyList<Claim>)(await principals.CreateAsync(user)).Claims.ToList();
        });
}
