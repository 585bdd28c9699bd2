using FluentValidation;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.RefuseExport;

public sealed class RefuseExportValidator : AbstractValidator<RefuseExportCommand>
{
    public RefuseExportValidator() =>
        RuleFor(c => c.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason) && reason.Length <= Quote.DeclineReasonMaxLength)
            .WithMessage("Say why the export is refused; the customer and sales are told.");
}
