using FluentValidation;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

public sealed class AcceptQuoteValidator : AbstractValidator<AcceptQuoteCommand>
{
    public AcceptQuoteValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Type your full name.")
            .MaximumLength(QuoteAcceptance.NameMaxLength).WithMessage($"Your name can have {QuoteAcceptance.NameMaxLength} characters.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Type your job title.")
            .MaximumLength(QuoteAcceptance.TitleMaxLength).WithMessage($"Your job title can have {QuoteAcceptance.TitleMaxLength} characters.");
        RuleFor(c => c.PurchaseOrder).MaximumLength(QuoteAcceptance.PurchaseOrderMaxLength)
            .WithMessage($"A purchase order number can have {QuoteAcceptance.PurchaseOrderMaxLength} characters.");
        RuleFor(c => c.PurchaseOrder).NotEmpty().When(c => c.PurchaseOrderRequired).WithMessage(AcceptQuoteCommand.PurchaseOrderNeeded);
        RuleFor(c => c.AcceptTerms).Equal(true).WithMessage("Tick the box to accept the terms and conditions.");
        RuleFor(c => c.Revision).GreaterThan(0).WithMessage(AcceptQuoteCommand.RevisionNotNamed);
    }
}
