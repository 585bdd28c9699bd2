using FluentValidation;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.RegisterCompany;

public sealed class RegisterCompanyValidator : AbstractValidator<RegisterCompanyCommand>
{
    public RegisterCompanyValidator()
    {
        RuleFor(c => c.CompanyName).PlainName(Organization.NameMaxLength).WithName("Company name");
        RuleFor(c => c.CountryCode).CountryCode().WithName("Country");
        RuleFor(c => c.FullName).PersonName(PortalUser.FullNameMaxLength).WithName("Your name");
        RuleFor(c => c.Email).Email(PortalUser.EmailMaxLength).WithName("Work email");
        RuleFor(c => c.Password).StrongPassword();
        RuleFor(c => c.Street).PlainName(BillingAddress.StreetMaxLength).WithName("Street and number");
        RuleFor(c => c.PostalCode).PlainName(BillingAddress.PostalCodeMaxLength).WithName("Postal code");
        RuleFor(c => c.City).PlainName(BillingAddress.CityMaxLength);
        RuleFor(c => c.Region).RegionOf(c => c.CountryCode);
        RuleFor(c => c.TaxId).TaxIdOf(c => c.CountryCode);
    }
}
