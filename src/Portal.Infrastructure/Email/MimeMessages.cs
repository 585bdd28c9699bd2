using MimeKit;
using Portal.Application.Email;

namespace Portal.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }
}
