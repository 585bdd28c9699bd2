using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.IntegrationTests.Hostile;

/// <summary>A parameter of an API operation: where it goes ("path", "query"), its kind and its example.</summary>
public sealed record ApiParameter(string Name, string In, FieldKind Kind, string? Example);

/// <summary>
/// An operation of the OpenAPI document as its example call makes it: the method, the address with the example's path
/// parameters, the parameters, and the example's JSON body with the schema that describes it.
/// </summary>
public sealed record ApiOperation(string Method, string Template, IReadOnlyList<ApiParameter> Parameters, JsonNode? Body, JsonSchema? BodySchema)
{
    public string Path(string? parameter = null, string? value = null) =>
        Parameters.Where(p => p.In == "path").Aggregate(Template,
            (path, p) => path.Replace($"{{{p.Name}}}", Uri.EscapeDataString(p.Name == parameter ? value! : p.Example ?? "1"), StringComparison.Ordinal));

    /// <summary>The example call's address, with one query parameter (or path parameter) given another value.</summary>
    public string Url(string? parameter = null, string? value = null)
    {
        var query = Parameters.Where(p => p.In == "query")
            .Select(p => (p.Name, Value: p.Name == parameter ? value : p.Example))
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        var path = Path(parameter, value);
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    public static IReadOnlyList<ApiOperation> Read(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(operation => operation.Value.ValueKind == JsonValueKind.Object && operation.Name != "parameters")
            .Select(operation => Of(document, path.Name, operation.Name, operation.Value))).ToList();

    private static ApiOperation Of(JsonElement document, string template, string method, JsonElement operation)
    {
        var parameters = (operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                new JsonSchema(document, p.TryGetProperty("schema", out var schema) ? schema : default).KindOf(p.GetProperty("name").GetString()!),
                p.TryGetProperty("example", out var example) ? example.ToString() : null))
            .ToList();
        var json = operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var content)
            ? content
            : default(JsonElement?);
        return new ApiOperation(method.ToUpperInvariant(), template, parameters,
            json?.TryGetProperty("example", out var sample) == true ? JsonNode.Parse(sample.GetRawText()) : json is null ? null : new JsonObject(),
            json?.TryGetProperty("schema", out var bodySchema) == true ? new JsonSchema(document, bodySchema) : null);
    }

    public override string ToString() => $"{Method} {Template}";
}

/// <summary>A schema of the OpenAPI document, its references followed: what kind of value it takes, its properties and items.</summary>
public sealed class JsonSchema
{
    private readonly JsonElement _document;
    private readonly JsonElement _schema;

    public JsonSchema(JsonElement document, JsonElement schema)
    {
        _document = document;
        _schema = schema;
        while (_schema.ValueKind == JsonValueKind.Object && _schema.TryGetProperty("$ref", out var reference))
        {
            _schema = reference.GetString()!.TrimStart('#', '/').Split('/').Aggregate(document, (node, step) => node.GetProperty(step));
        }
    }

    public IEnumerable<(string Name, JsonSchema Schema)> Properties =>
        _schema.ValueKind == JsonValueKind.Object && _schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, new JsonSchema(_document, p.Value)))
            : [];

    public JsonSchema? Items =>
        _schema.ValueKind == JsonValueKind.Object && _schema.TryGetProperty("items", out var items) ? new JsonSchema(_document, items) : null;

    /// <summary>The kind of value the schema takes; a quarter is a string named so.</summary>
    public FieldKind KindOf(string name)
    {
        var types = Types().ToHashSet();
        return this switch
        {
            _ when _schema.ValueKind == JsonValueKind.Object && _schema.TryGetProperty("enum", out _) => FieldKind.Choice,
            _ when types.Contains("integer") || types.Contains("number") => FieldKind.Number,
            _ when types.Contains("boolean") => FieldKind.Choice,
            _ when Format() is "date" or "date-time" => FieldKind.Date,
            _ when name.Contains("quarter", StringComparison.OrdinalIgnoreCase) => FieldKind.Quarter,
            _ => FieldKind.Text,
        };
    }

    private IEnumerable<string> Types() =>
        _schema.ValueKind != JsonValueKind.Object || !_schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!)
        : [type.GetString()!];

    private string? Format() => _schema.ValueKind == JsonValueKind.Object && _schema.TryGetProperty("format", out var format) ? format.GetString() : null;
}
