namespace Portal.Application.Organizations.RemoveBillingAddress;

public sealed record RemoveBillingAddressCommand(int AddressId);
