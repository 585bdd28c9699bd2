using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Portal.Application.Email;
using Portal.Domain.Email;

namespace Portal.Infrastructure.Email;

internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, MimeMessages messages) : IEmailSender
{
    public async Task SendAsync(QueuedMail mail, IReadOnlyList<MailFile> attachments, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        // Made first: a mail no server could take is refused without a connection.
        var mime = messages.From(mail, attachments);
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.Smtp.TimeoutSeconds).TotalMilliseconds };
        var security = settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? string.Empty, cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
