using System.Text.Json.Nodes;

namespace Portal.IntegrationTests.Hostile;

/// <summary>One hostile JSON body: which field (or the body as a whole) was made hostile, with what, and the body sent.</summary>
public sealed record JsonMutation(string Target, string Value, string Body);

/// <summary>
/// The hostile variants of an operation's JSON body, each starting from its example: every field (and every field of the
/// schema that the example leaves out) given each edge of its kind (<see cref="EdgeValues"/>) and values of other types,
/// and the body as a whole broken.
/// </summary>
public static class JsonMutations
{
    private static readonly string[] WholeBodies = ["", "null", "[]", "{}", "{", "\"x\""];

    /// <summary>Values of the wrong type for any field.</summary>
    private static readonly string[] OtherTypes = ["null", "[]", "{}"];

    private static readonly string[] Numbers =
        ["\"1\"", "0", "-1", "2147483647", "-2147483648", "2147483648", "-2147483649", "79228162514264337593543950335", "1e400", "1.5"];

    public static IEnumerable<JsonMutation> Of(JsonNode example, JsonSchema? schema) =>
        WholeBodies.Select(body => new JsonMutation("body", body, body))
            .Concat(Fields(example, schema, []).SelectMany(field => Edges(field.Kind)
                .Select(value => new JsonMutation(Name(field.Path), value, With(example, field.Path, value)))));

    private static IEnumerable<string> Edges(FieldKind? kind) => kind switch
    {
        null => OtherTypes,
        FieldKind.Number => [.. OtherTypes, .. Numbers],
        _ => [.. OtherTypes, "1", .. EdgeValues.Of(kind.Value).Select(v => JsonValue.Create(v).ToJsonString())],
    };

    /// <summary>Every field under a node, each with its kind (null for an object or a list); of a list, its first item's.</summary>
    private static IEnumerable<(IReadOnlyList<object> Path, FieldKind? Kind)> Fields(JsonNode? node, JsonSchema? schema, IReadOnlyList<object> path)
    {
        if (node is JsonObject fields)
        {
            var properties = (schema?.Properties ?? []).ToDictionary(p => p.Name, p => p.Schema, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in fields)
            {
                foreach (var field in Field([.. path, name], value, properties.GetValueOrDefault(name), name))
                {
                    yield return field;
                }
            }
            foreach (var (name, property) in properties.Where(p => !fields.ContainsKey(p.Key)))
            {
                yield return ([.. path, name], property.KindOf(name));
            }
        }
        else if (node is JsonArray { Count: > 0 } items)
        {
            foreach (var field in Field([.. path, 0], items[0], schema?.Items, path.OfType<string>().LastOrDefault() ?? ""))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<object> Path, FieldKind? Kind)> Field(IReadOnlyList<object> path, JsonNode? value, JsonSchema? schema, string name) =>
        Fields(value, schema, path).Prepend((path, value switch
        {
            JsonObject or JsonArray => null,
            _ when schema is not null => schema.KindOf(name),
            JsonValue number when number.GetValueKind() == System.Text.Json.JsonValueKind.Number => FieldKind.Number,
            _ => EdgeValues.KindOf(new FormField(name, "json", value?.ToString() ?? "", true, [])),
        }));

    private static string With(JsonNode example, IReadOnlyList<object> path, string value)
    {
        var body = example.DeepClone();
        var parent = path.SkipLast(1).Aggregate(body, (node, step) => step is int index ? node[index]! : node[(string)step]!);
        var replacement = JsonNode.Parse(value);
        if (path[^1] is int item)
        {
            parent[item] = replacement;
        }
        else
        {
            parent[(string)path[^1]] = replacement;
        }
        return body.ToJsonString();
    }

    private static string Name(IReadOnlyList<object> path) =>
        string.Concat(path.Select((step, i) => step is int index ? $"[{index}]" : i == 0 ? (string)step : "." + step));
}
