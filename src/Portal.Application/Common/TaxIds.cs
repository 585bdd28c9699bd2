using System.Text.RegularExpressions;

namespace Portal.Application.Common;

/// <summary>
/// The tax id a company of each country gives: the VAT identification number of each EU member state, written with its
/// prefix as the European Commission's VAT number descriptions give it (Greece's prefix is EL); the US employer
/// identification number (EIN, NN-NNNNNNN); plain text elsewhere.
/// </summary>
public static class TaxIds
{
    /// <summary>Per country: the name of its tax id with its article, the pattern it has after the spaces, dots and hyphens a person types are dropped (the US keeps its hyphen), and an example.</summary>
    private static readonly IReadOnlyDictionary<string, TaxIdFormat> Formats = new Dictionary<string, TaxIdFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["AT"] = Vat("ATU[0-9]{8}", "ATU12345678"),
        ["BE"] = Vat("BE[01][0-9]{9}", "BE0123456789"),
        ["BG"] = Vat("BG[0-9]{9,10}", "BG123456789"),
        ["CY"] = Vat("CY[0-9]{8}[A-Z]", "CY12345678X"),
        ["CZ"] = Vat("CZ[0-9]{8,10}", "CZ12345678"),
        ["DE"] = Vat("DE[0-9]{9}", "DE123456789"),
        ["DK"] = Vat("DK[0-9]{8}", "DK12345678"),
        ["EE"] = Vat("EE[0-9]{9}", "EE123456789"),
        ["ES"] = Vat("ES[0-9A-Z][0-9]{7}[0-9A-Z]", "ESX1234567X"),
        ["FI"] = Vat("FI[0-9]{8}", "FI12345678"),
        ["FR"] = Vat("FR[0-9A-Z]{2}[0-9]{9}", "FRXX123456789"),
        ["GR"] = Vat("EL[0-9]{9}", "EL123456789"),
        ["HR"] = Vat("HR[0-9]{11}", "HR12345678901"),
        ["HU"] = Vat("HU[0-9]{8}", "HU12345678"),
        ["IE"] = Vat("IE([0-9][0-9A-Z+*][0-9]{5}[A-Z]|[0-9]{7}[A-Z]{2})", "IE1234567WA"),
        ["IT"] = Vat("IT[0-9]{11}", "IT12345678901"),
        ["LT"] = Vat("LT([0-9]{9}|[0-9]{12})", "LT123456789"),
        ["LU"] = Vat("LU[0-9]{8}", "LU12345678"),
        ["LV"] = Vat("LV[0-9]{11}", "LV12345678901"),
        ["MT"] = Vat("MT[0-9]{8}", "MT12345678"),
        ["NL"] = Vat("NL[0-9]{9}B[0-9]{2}", "NL123456789B01"),
        ["PL"] = Vat("PL[0-9]{10}", "PL1234567890"),
        ["PT"] = Vat("PT[0-9]{9}", "PT123456789"),
        ["RO"] = Vat("RO[0-9]{2,10}", "RO1234567890"),
        ["SE"] = Vat("SE[0-9]{10}01", "SE123456789001"),
        ["SI"] = Vat("SI[0-9]{8}", "SI12345678"),
        ["SK"] = Vat("SK[0-9]{10}", "SK1234567890"),
        ["US"] = new("an EIN", "[0-9]{2}-[0-9]{7}", "12-3456789", KeepsHyphens: true),
    };

    /// <summary>The tax id as it is kept: upper case, and for a country with a format without the spaces, dots and hyphens a person types (the US keeps its hyphen).</summary>
    public static string Normalize(string countryCode, string taxId)
    {
        var trimmed = taxId.Trim().ToUpperInvariant();
        return Formats.TryGetValue(countryCode, out var format)
            ? new string(trimmed.Where(c => !char.IsWhiteSpace(c) && c != '.' && (format.KeepsHyphens || c != '-')).ToArray())
            : trimmed;
    }

    /// <summary>Whether the tax id has its country's format; any text does where the catalog has none.</summary>
    public static bool IsValid(string countryCode, string taxId) =>
        !Formats.TryGetValue(countryCode, out var format) || format.Matches(Normalize(countryCode, taxId));

    /// <summary>What a tax id of that country looks like, for a form's hint and message.</summary>
    public static string Describe(string countryCode) =>
        Formats.TryGetValue(countryCode, out var format)
            ? $"{format.Name} such as {format.Example}"
            : "the tax or registration number of the company";

    private static TaxIdFormat Vat(string pattern, string example) => new("a VAT number", pattern, example, KeepsHyphens: false);

    private sealed record TaxIdFormat(string Name, string Pattern, string Example, bool KeepsHyphens)
    {
        private readonly Regex _regex = new($"^(?:{Pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

        public bool Matches(string taxId) => _regex.IsMatch(taxId);
    }
}
