using FluentValidation;

namespace Portal.Application.Organizations.SetTier;

public sealed class SetTierValidator : AbstractValidator<SetTierCommand>
{
    public const string ChooseTier = "Choose Standard or Strategic.";

    public SetTierValidator() => RuleFor(c => c.Tier).NotNull().WithMessage(ChooseTier).IsInEnum().WithMessage(ChooseTier);
}
