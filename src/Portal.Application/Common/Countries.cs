using System.Reflection;

namespace Portal.Application.Common;

/// <summary>ISO 3166 two-letter country codes with their English names, from an embedded list.</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByCode = new(Load);
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> SortedByName =
        new(() => ByCode.Value.OrderBy(c => c.Value, StringComparer.Ordinal).ToList());

    /// <summary>Every country, in the order of its name, as a form lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ByName => SortedByName.Value;

    public static bool IsKnown(string code) => ByCode.Value.ContainsKey(code.ToUpperInvariant());

    public static string NameOf(string code) => ByCode.Value.GetValueOrDefault(code.ToUpperInvariant(), code);

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Portal.Application.Common.countries.tsv")
            ?? throw new InvalidOperationException("The country list is not embedded.");
        using var reader = new StreamReader(stream);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            countries[parts[0]] = parts[1];
        }
        return countries;
    }
}
