using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Standard.SaveStandardConfiguration;

/// <summary>The name and description; the rack and its components keep the configurator's own rules (the handler checks them).</summary>
public sealed class SaveStandardConfigurationValidator : AbstractValidator<SaveStandardConfigurationCommand>
{
    public SaveStandardConfigurationValidator()
    {
        RuleFor(c => c.Name).PlainName(StandardConfiguration.NameMaxLength);
        RuleFor(c => c.Description).NotEmpty().WithMessage("Say in a line what it is for.")
            .MaximumLength(StandardConfiguration.DescriptionMaxLength).WithMessage(TextRules.TooLong);
        RuleFor(c => c.RackSku).NotEmpty().WithName("Rack").WithMessage("Choose the rack it is built on.");
    }
}
