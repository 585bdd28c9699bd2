namespace Portal.Application.Email;

/// <summary>
/// Hands a mail to its transport: over SMTP when configured, otherwise into the outbox folder. Only the mail worker
/// calls it; a use case queues its mails (see <see cref="IMailQueue"/>).
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
