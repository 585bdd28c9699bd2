namespace Portal.Web.Api;

/// <summary>
/// A call of the operation that works on the demo data, written into the OpenAPI document as the examples of its
/// parameters ("id=7", "status=Issued") and of its JSON body. A test makes every example call against the demo.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExampleCallAttribute(params string[] parameters) : Attribute
{
    public IReadOnlyDictionary<string, string> Parameters { get; } =
        parameters.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>The request's body, as JSON.</summary>
    public string? Body { get; init; }
}
