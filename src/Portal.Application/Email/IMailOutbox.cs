namespace Portal.Application.Email;

/// <summary>The mails written to the data folder when no SMTP server is configured.</summary>
public interface IMailOutbox
{
    IReadOnlyList<OutboxMail> List(int max);

    OutboxMail? Find(string id);
}

/// <summary>A mail as its addressee reads it: both parts, where replies go, and the documents attached (name and size).</summary>
public sealed record OutboxMail(string Id, DateTime WrittenUtc, string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public string? ReplyTo { get; init; }

    public IReadOnlyList<OutboxAttachment> Attachments { get; init; } = [];
}

public sealed record OutboxAttachment(string FileName, string ContentType, long Bytes);
