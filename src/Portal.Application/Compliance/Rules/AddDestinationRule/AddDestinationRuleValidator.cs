using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules.AddDestinationRule;

/// <summary>A rule starts today or later: a quote already checked keeps the rule it was checked against, and the past stays as it was.</summary>
public sealed class AddDestinationRuleValidator : AbstractValidator<AddDestinationRuleCommand>
{
    public AddDestinationRuleValidator(TimeProvider clock)
    {
        RuleFor(c => c.CountryCode)
            .Must(c => c == DestinationRule.AnyCountry || (c is not null && Countries.IsKnown(c)))
            .WithMessage("Choose a country, or every country.");
        RuleFor(c => c.Classification)
            .Must(c => string.IsNullOrWhiteSpace(c) || ExportClassification.IsValid(c))
            .WithMessage($"Classification is {ExportClassification.Format}; leave it empty for every classification.");
        RuleFor(c => c.Rule).IsInEnum().WithMessage("Choose a rule from the list.");
        RuleFor(c => c.EffectiveFrom)
            .NotNull().WithMessage("Effective from is required.")
            .Must(day => day is null || day.Value.Date >= clock.GetUtcNow().UtcDateTime.Date)
            .WithMessage("A rule takes effect today or later; to change a rule, add one from a later day.");
        RuleFor(c => c.Note)
            .NotEmpty().WithMessage("Say why, for the record: the note shows wherever the rule is cited.")
            .MaximumLength(DestinationRule.NoteMaxLength).WithMessage(TextRules.TooLong);
    }
}
