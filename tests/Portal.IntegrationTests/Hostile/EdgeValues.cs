using System.Globalization;
using Portal.Domain.Common;

namespace Portal.IntegrationTests.Hostile;

/// <summary>What a field holds, as far as its edges go: the values at the ends of that kind are the ones worth sending.</summary>
public enum FieldKind
{
    Text,
    Number,
    Date,
    Quarter,
    Choice,
}

/// <summary>
/// The values at the edges of a field's type, all of them sent to every field of that kind (where <see cref="HostileValues"/>
/// draws at random): the ends of an int and past them, the largest decimal, the first and last day there is, a quarter
/// millennia away, an undefined choice, nothing at all, and 5,000 characters.
/// </summary>
public static class EdgeValues
{
    public static readonly string LongText = new('x', 5_000);

    private static readonly Dictionary<FieldKind, string[]> Edges = new()
    {
        [FieldKind.Text] = ["", LongText],
        [FieldKind.Number] = ["", "0", "-1", "2147483647", "-2147483648", "2147483648", "-2147483649", "79228162514264337593543950335"],
        [FieldKind.Date] = ["", "0001-01-01", "9999-12-31"],
        [FieldKind.Quarter] = ["", "9999-Q4", "2000-Q1"],
        [FieldKind.Choice] = ["", "2147483647", "-1"],
    };

    public static IReadOnlyList<string> Of(FieldKind kind) => Edges[kind];

    public static IReadOnlyList<string> For(FormField field) => Of(KindOf(field));

    /// <summary>The kind of a form field or query parameter: from its input type, else from the value the page gave it, else by its name.</summary>
    public static FieldKind KindOf(FormField field) => field.Type switch
    {
        "number" => FieldKind.Number,
        "date" or "datetime-local" => FieldKind.Date,
        "select" or "checkbox" or "radio" => FieldKind.Choice,
        _ when field.Name.Contains("quarter", StringComparison.OrdinalIgnoreCase) || Quarter.TryParse(field.Value, out _) => FieldKind.Quarter,
        _ when decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => FieldKind.Number,
        _ when DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => FieldKind.Date,
        _ => FieldKind.Text,
    };
}
