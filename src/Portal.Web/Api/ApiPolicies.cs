using Microsoft.AspNetCore.Authorization;

namespace Portal.Web.Api;

/// <summary>What a key's scope allows: reading, and with write, changing (quote requests, answers, waitlist entries).</summary>
public static class ApiPolicies
{
    public const string Read = "ApiRead";
    public const string Write = "ApiWrite";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Read, p => Scope(p, "read"))
        .AddPolicy(Write, p => Scope(p, "write"));

    private static void Scope(AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, scope);
}
