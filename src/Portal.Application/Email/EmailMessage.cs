using Portal.Domain.Email;

namespace Portal.Application.Email;

/// <summary>A mail to queue: its text (links written out in full), and where replies go and what it attaches, when it says.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? ReplyTo { get; init; }

    public MailAttachment? Attachment { get; init; }
}
