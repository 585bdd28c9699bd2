using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.SaveBillingAddress;

public sealed class SaveBillingAddressValidator : AbstractValidator<SaveBillingAddressCommand>
{
    public SaveBillingAddressValidator()
    {
        RuleFor(c => c.Street).PlainName(BillingAddress.StreetMaxLength).WithName("Street and number");
        RuleFor(c => c.PostalCode).PlainName(BillingAddress.PostalCodeMaxLength).WithName("Postal code");
        RuleFor(c => c.City).PlainName(BillingAddress.CityMaxLength);
        RuleFor(c => c.Region).RegionOf(c => c.CountryCode);
        RuleFor(c => c.CountryCode).CountryCode().WithName("Country");
    }
}
