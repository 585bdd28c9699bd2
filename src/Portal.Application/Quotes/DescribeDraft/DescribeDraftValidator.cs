using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.DescribeDraft;

public sealed class DescribeDraftValidator : AbstractValidator<DescribeDraftCommand>
{
    public DescribeDraftValidator(TimeProvider clock)
    {
        RuleFor(c => c.Notes).MaximumLength(Quote.NotesMaxLength)
            .WithMessage($"Notes can hold {Quote.NotesMaxLength:N0} characters; attach longer documents to the quote later.");
        RuleFor(c => c.RequestedQuarter)
            .Must(q => string.IsNullOrEmpty(q) || Quarter.TryParse(q, out _)).WithMessage("Choose a delivery quarter from the list.")
            .Must(q => !Quarter.TryParse(q, out var quarter) || quarter >= Quarter.Containing(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The delivery quarter cannot be in the past.")
            .WithinHorizon(clock)
            .WithName("Delivery quarter");
    }
}
