using Microsoft.AspNetCore.Authorization;

namespace Portal.Web.Api;

/// <summary>What a key's scope allows; so far the API only reads.</summary>
public static class ApiPolicies
{
    public const string Read = "ApiRead";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Read, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, "read"));
}
