namespace Portal.Application.Organizations.SaveBillingAddress;

/// <summary>Add a billing address (no id) or change one of the company's; <paramref name="MakeDefault"/> makes it where invoices go.</summary>
public sealed record SaveBillingAddressCommand(int? Id, string Street, string PostalCode, string City, string? Region, string CountryCode, bool MakeDefault);
