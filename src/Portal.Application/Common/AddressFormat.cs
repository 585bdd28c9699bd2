using Portal.Domain.Organizations;

namespace Portal.Application.Common;

/// <summary>
/// A billing address as every document, page and audit row prints it, one line each: the street, the city line in its
/// country's order ("Ashburn, VA 20147" in the US, "Toronto ON M5V 3L9" in Canada, "Sydney NSW 2000" in Australia,
/// "60325 Frankfurt am Main" elsewhere), the country's name.
/// </summary>
public static class AddressFormat
{
    public static IReadOnlyList<string> Lines(BillingAddress address) =>
        Lines(address.Street, address.PostalCode, address.City, address.Region, address.CountryCode);

    public static IReadOnlyList<string> Lines(string street, string postalCode, string city, string? region, string countryCode) =>
        [street, CityLine(postalCode, city, region, countryCode.ToUpperInvariant()), Countries.NameOf(countryCode)];

    /// <summary>The lines joined by line breaks, as an acceptance or an audit row keeps them.</summary>
    public static string Text(BillingAddress address) => string.Join('\n', Lines(address));

    private static string CityLine(string postalCode, string city, string? region, string countryCode) => countryCode switch
    {
        "US" => Words(region is null ? city : $"{city},", region, postalCode),
        "CA" or "AU" => Words(city, region, postalCode),
        _ => Words(postalCode, city, region),
    };

    private static string Words(params string?[] words) => string.Join(' ', words.Where(w => !string.IsNullOrWhiteSpace(w)));
}
