using Portal.Application.Common;

namespace Portal.Application.Api;

/// <summary>The use cases' field names ("RackSku", "Components[0].Quantity") as the API's JSON spells them, under their place in the request.</summary>
public static class ApiFields
{
    /// <summary>The errors named by their place under <paramref name="path"/>; an empty path leaves them at the top.</summary>
    public static IReadOnlyList<FieldError> Under(string path, IEnumerable<FieldError> errors) =>
        errors.Select(e => new FieldError(string.Join('.', new[] { path, Name(e.Field) }.Where(p => p.Length > 0)), e.Message)).ToList();

    public static string Name(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
