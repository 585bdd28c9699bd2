using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Portal.Web.Api;

/// <summary>
/// The OpenAPI document as a page reads it: the operations grouped by resource, each with its parameters, its example
/// body and its answers. Drawn on the server, so the reference needs no script and keeps the portal's CSP.
/// </summary>
public sealed record ApiReference(string Title, string Description, IReadOnlyList<ApiResource> Resources)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static ApiReference Of(OpenApiDocument document)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(operation => Operation(path.Key, operation.Key.Method, operation.Value)));
        var resources = operations.GroupBy(o => o.Resource).Select(g => new ApiResource(g.Key, g.OrderBy(o => o.Path).ThenBy(o => Order(o.Method)).ToList()))
            .OrderBy(r => r.Name).ToList();
        return new ApiReference(document.Info?.Title ?? "API", Plain(document.Info?.Description), resources);
    }

    private static ApiOperation Operation(string path, string method, OpenApiOperation operation) => new(
        operation.Tags?.FirstOrDefault()?.Name ?? path,
        method,
        path,
        Plain(operation.Summary),
        Plain(operation.Description),
        (operation.Parameters ?? []).Select(p => new ApiParameter(p.Name ?? string.Empty, p.In?.ToString().ToLowerInvariant() ?? string.Empty, p.Required,
            TypeOf(p.Schema), Plain(p.Description), p.Example?.ToJsonString())).ToList(),
        operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true ? Pretty(body.Example) : null,
        (operation.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ApiAnswer(r.Key, r.Value.Description ?? string.Empty, string.Join(", ", r.Value.Content?.Keys ?? []))).ToList());

    /// <summary>A type, or the names an enum takes.</summary>
    private static string TypeOf(IOpenApiSchema? schema) =>
        schema?.Enum is { Count: > 0 } names ? $"one of {string.Join(", ", names.OfType<JsonNode>().Select(n => n.ToString()))}"
        : schema?.Type?.ToString().ToLowerInvariant().Replace(", ", " or ", StringComparison.Ordinal) ?? string.Empty;

    /// <summary>The document's Markdown code marks dropped, for plain text.</summary>
    private static string Plain(string? text) => (text ?? string.Empty).Replace("`", "", StringComparison.Ordinal);

    private static string? Pretty(JsonNode? example) => example?.ToJsonString(Indented);

    private static int Order(string method) => Array.IndexOf(["GET", "POST", "PUT", "PATCH", "DELETE"], method);
}

/// <param name="Name">The resource, such as "QuotesApi".</param>
public sealed record ApiResource(string Name, IReadOnlyList<ApiOperation> Operations)
{
    /// <summary>"QuotesApi" as people say it: "Quotes".</summary>
    public string Title => Name.EndsWith("Api", StringComparison.Ordinal) ? Name[..^3] : Name;
}

/// <param name="ExampleBody">The example request's body, indented; null when the operation takes none.</param>
public sealed record ApiOperation(string Resource, string Method, string Path, string Summary, string Description, IReadOnlyList<ApiParameter> Parameters,
    string? ExampleBody, IReadOnlyList<ApiAnswer> Answers)
{
    /// <summary>An anchor for links to the operation.</summary>
    public string Anchor => $"{Method}-{Path}".ToLowerInvariant().Replace("/", "-", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal)
        .Replace("}", "", StringComparison.Ordinal);

    /// <summary>The example call's address: the path with the example's parameters filled in.</summary>
    public string ExampleUrl
    {
        get
        {
            var path = Parameters.Where(p => p.In == "path" && p.Example is not null)
                .Aggregate(Path, (url, p) => url.Replace($"{{{p.Name}}}", p.Example!.Trim('"'), StringComparison.Ordinal));
            var query = Parameters.Where(p => p.In == "query" && p.Example is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Example!.Trim('"'))}").ToList();
            return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        }
    }
}

public sealed record ApiParameter(string Name, string In, bool Required, string Type, string Description, string? Example);

/// <param name="Status">"200", "404".</param>
public sealed record ApiAnswer(string Status, string Description, string ContentTypes);
