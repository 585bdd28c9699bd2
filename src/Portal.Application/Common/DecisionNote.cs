using FluentValidation;
using Portal.Domain.Auditing;

namespace Portal.Application.Common;

/// <summary>What sales tells the customer when it sends a request back or rejects it.</summary>
public sealed record DecisionNote(string? Text)
{
    public const int MaxLength = AuditEvent.ReasonMaxLength;
}

public sealed class DecisionNoteValidator : AbstractValidator<DecisionNote>
{
    public DecisionNoteValidator()
    {
        RuleFor(n => n.Text).NotEmpty().WithMessage("Tell the customer why, in a sentence or two.")
            .MaximumLength(DecisionNote.MaxLength).WithMessage($"Keep it under {DecisionNote.MaxLength:N0} characters.")
            .OverridePropertyName("Note");
    }
}
