using System.Collections.Frozen;

namespace Portal.Application.Common;

/// <summary>
/// The state, province or territory an address names in the countries whose post needs one: the United States (the
/// postal service's two-letter codes of the states, the District of Columbia and the territories), Canada and
/// Australia. Elsewhere a region is optional plain text.
/// </summary>
public static class Regions
{
    private static readonly FrozenDictionary<string, RegionCodes> Required = new Dictionary<string, RegionCodes>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = new("a two-letter state code such as VA",
            "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI"),
        ["CA"] = new("a two-letter province or territory code such as ON", "AB BC MB NB NL NS NT NU ON PE QC SK YT"),
        ["AU"] = new("a state or territory code such as NSW", "ACT NSW NT QLD SA TAS VIC WA"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool IsRequiredIn(string countryCode) => Required.ContainsKey(countryCode);

    /// <summary>A known code where the country needs one; elsewhere nothing, or text without markup.</summary>
    public static bool IsValid(string countryCode, string? region) =>
        Required.TryGetValue(countryCode, out var codes)
            ? region is not null && codes.Codes.Contains(region.Trim())
            : region is null || region.IndexOfAny(['<', '>']) < 0;

    /// <summary>What the country's region looks like, for a field message: "a two-letter state code such as VA".</summary>
    public static string Describe(string countryCode) =>
        Required.TryGetValue(countryCode, out var codes) ? codes.Description : "the state or region as the post writes it";

    /// <summary>The region as addresses keep it: a code in capitals where the country has them, trimmed text elsewhere, or none.</summary>
    public static string? Normalize(string countryCode, string? region) =>
        string.IsNullOrWhiteSpace(region) ? null
        : IsRequiredIn(countryCode) ? region.Trim().ToUpperInvariant() : region.Trim();

    private sealed record RegionCodes(string Description, FrozenSet<string> Codes)
    {
        public RegionCodes(string description, string codes)
            : this(description, codes.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase))
        {
        }
    }
}
