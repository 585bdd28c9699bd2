using FluentValidation;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.RecordTransfer;

public sealed class RecordTransferValidator : AbstractValidator<RecordTransferCommand>
{
    public RecordTransferValidator(TimeProvider clock)
    {
        RuleFor(c => c.Amount).NotNull().WithMessage("Type the amount received.")
            .GreaterThan(0).WithMessage("The amount received must be more than nothing.")
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithMessage("Type the amount with at most two decimals.");
        RuleFor(c => c.ReceivedOn).NotNull().WithMessage("Choose the day the transfer arrived.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("A transfer cannot arrive in the future.");
        RuleFor(c => c.Reference).NotEmpty().WithMessage("Type the bank's reference for the transfer.")
            .MaximumLength(Deposit.TransferReferenceMaxLength).WithMessage($"A reference can have {Deposit.TransferReferenceMaxLength} characters.");
    }
}
