using Portal.Domain.Email;

namespace Portal.Application.Email;

/// <summary>
/// Hands a mail to its transport: over SMTP when configured, otherwise into the outbox folder. Only the mail worker
/// calls it; a use case queues its mails (see <see cref="IMailQueue"/>).
/// </summary>
public interface IEmailSender
{
    /// <summary>Sends the mail as it was written, with the documents it attaches: dated when it was queued, whichever attempt gets it through.</summary>
    Task SendAsync(QueuedMail mail, IReadOnlyList<MailFile> attachments, CancellationToken cancellationToken = default);
}
