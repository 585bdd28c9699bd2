namespace Portal.Application.Email;

/// <summary>Sends a mail: over SMTP when configured, otherwise into the outbox folder.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
