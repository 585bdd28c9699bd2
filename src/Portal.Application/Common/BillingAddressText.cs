using Portal.Domain.Organizations;

namespace Portal.Application.Common;

/// <summary>A billing address as an invoice writes it: street, postal code and city, country name, one line each.</summary>
public static class BillingAddressText
{
    public static string Of(BillingAddress address) =>
        $"{address.Street}\n{address.PostalCode} {address.City}\n{Countries.NameOf(address.CountryCode)}";
}
