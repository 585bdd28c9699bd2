using FluentValidation;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.MoveEntry;

public sealed class MoveEntryValidator : AbstractValidator<MoveEntryCommand>
{
    public MoveEntryValidator()
    {
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= WaitlistEntry.ReasonMaxLength)
            .WithMessage($"Say why, in at most {WaitlistEntry.ReasonMaxLength} characters: the move is audited.");
    }
}
