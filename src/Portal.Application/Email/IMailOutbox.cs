namespace Portal.Application.Email;

/// <summary>The mails written to the data folder when no SMTP server is configured.</summary>
public interface IMailOutbox
{
    IReadOnlyList<OutboxMail> List(int max);

    OutboxMail? Find(string id);
}

public sealed record OutboxMail(string Id, DateTime WrittenUtc, string To, string Subject, string TextBody);
