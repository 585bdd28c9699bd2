using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Portal.Web.Api;

/// <summary>The OpenAPI document's title, its word on keys, idempotency and rate limits, and each operation's example call.</summary>
public static class ApiDocument
{
    public const string Description =
        "Send an API key of your company (made by its administrators under API keys) as `Authorization: Bearer portal_…`. "
        + "A read key reads; a read-and-write key also makes quote requests, answers quotes and keeps waitlist entries. "
        + "Every POST may carry an `Idempotency-Key` header: the same key with the same request within a day gets the first answer again. "
        + "Each key may make a number of calls a minute, told in the `RateLimit-*` headers; beyond it the answer is 429 with `Retry-After`. "
        + "Errors are RFC 9457 problem details, with a message per field for a refused request.";

    private const string KeyScheme = "ApiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = api => api.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Portal API";
            document.Info.Description = Description;
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [KeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key of your company: portal_ followed by its prefix and secret.",
                },
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, document)] = [] }];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ExampleCallAttribute>().SingleOrDefault() is { } example)
            {
                AddExample(operation, example);
            }
            return Task.CompletedTask;
        });
    }

    private static void AddExample(OpenApiOperation operation, ExampleCallAttribute example)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && example.Parameters.TryGetValue(name, out var value))
            {
                parameter.Example = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
            }
        }
        if (example.Body is { } body && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = JsonNode.Parse(body);
        }
    }
}
