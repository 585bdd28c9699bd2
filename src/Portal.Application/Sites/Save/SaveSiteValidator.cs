using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Sites.Save;

public sealed class SaveSiteValidator : AbstractValidator<SaveSiteCommand>
{
    public SaveSiteValidator()
    {
        RuleFor(c => c.Name).PlainName(Site.NameMaxLength).WithName("Site name");
        RuleFor(c => c.City).PlainName(Site.CityMaxLength);
        RuleFor(c => c.CountryCode).CountryCode().WithName("Country");
        RuleFor(c => c.PowerAvailableKw).InclusiveBetween(1, Site.MaxPowerKw)
            .WithName("Power available")
            .WithMessage($"Power available must be between 1 and {Site.MaxPowerKw:N0} kW.");
        RuleFor(c => c.Cooling).IsInEnum().WithMessage("Choose air or liquid cooling.");
    }
}
