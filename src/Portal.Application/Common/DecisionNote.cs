using FluentValidation;
using Portal.Domain.Auditing;

namespace Portal.Application.Common;

/// <summary>
/// The reason that goes with a decision, written for the one who reads it: staff tell the customer why a request goes
/// back or is rejected, an admin tells sales why a quote goes back to be priced again, a customer tells the vendor why
/// it declines a quote.
/// </summary>
public sealed record DecisionNote(string? Text, NoteReader Reader = NoteReader.Customer)
{
    public const int MaxLength = AuditEvent.ReasonMaxLength;

    public static DecisionNote ToSales(string? text) => new(text, NoteReader.Sales);

    public static DecisionNote ToVendor(string? text) => new(text, NoteReader.Vendor);
}

/// <summary>Who reads a <see cref="DecisionNote"/>.</summary>
public enum NoteReader
{
    Customer,
    Sales,
    Vendor,
}

public sealed class DecisionNoteValidator : AbstractValidator<DecisionNote>
{
    public DecisionNoteValidator()
    {
        RuleFor(n => n.Text).NotEmpty().WithMessage(n => AskWhy(n.Reader))
            .MaximumLength(DecisionNote.MaxLength).WithMessage($"Keep it under {DecisionNote.MaxLength:N0} characters.")
            .OverridePropertyName("Note");
    }

    private static string AskWhy(NoteReader reader) => reader switch
    {
        NoteReader.Sales => "Tell sales why it goes back, in a sentence or two: what to change in the pricing.",
        NoteReader.Vendor => "Tell us why, in a sentence or two: it helps us make a better offer.",
        _ => "Tell the customer why, in a sentence or two.",
    };
}
