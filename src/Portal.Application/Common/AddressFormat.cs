using Portal.Domain.Organizations;

namespace Portal.Application.Common;

/// <summary>
/// A billing address as every document and page prints it, one line each: street, the city line in its country's
/// order, the country's name.
/// </summary>
public static class AddressFormat
{
    public static IReadOnlyList<string> Lines(BillingAddress address) =>
        [address.Street, $"{address.PostalCode} {address.City}", Countries.NameOf(address.CountryCode)];

    /// <summary>The lines joined by line breaks, as an acceptance or an audit row keeps them.</summary>
    public static string Text(BillingAddress address) => string.Join('\n', Lines(address));
}
