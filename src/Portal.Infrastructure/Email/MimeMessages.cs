using MimeKit;
using Portal.Domain.Email;

namespace Portal.Infrastructure.Email;

internal static class MimeMessages
{
    /// <summary>The mail as sent: dated when it was queued (the moment it tells of), not when an attempt got it through.</summary>
    public static MimeMessage From(QueuedMail mail, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(mail.Recipient));
        mime.Subject = mail.Subject;
        mime.Date = DateTime.SpecifyKind(mail.CreatedUtc, DateTimeKind.Utc);
        mime.Body = new TextPart("plain") { Text = mail.TextBody };
        return mime;
    }
}
