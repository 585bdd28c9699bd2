using FluentValidation;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings.Review;

/// <summary>
/// The note is the evidence for the decision. The page holds a review form for each possible match, so its message is
/// said above them all rather than beside one of their note boxes.
/// </summary>
public sealed class ReviewScreeningValidator : AbstractValidator<ReviewScreeningCommand>
{
    public ReviewScreeningValidator() =>
        RuleFor(c => c.Note)
            .NotEmpty().WithMessage(Screening.SayWhy)
            .MaximumLength(Screening.NoteMaxLength).WithMessage($"The note must be {Screening.NoteMaxLength} characters or fewer.")
            .OverridePropertyName(string.Empty);
}
