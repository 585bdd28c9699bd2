using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Application.Catalog;
using Portal.Application.Email;
using Portal.Domain.Email;

namespace Portal.Infrastructure.Email;

/// <summary>
/// A queued mail as it is sent: from the portal, replies to whom the mail says, the text and an HTML part in the
/// vendor's style (multipart/alternative), and the documents it attaches.
/// </summary>
internal sealed class MimeMessages(IOptions<EmailOptions> options, VendorProfile vendor)
{
    /// <summary>The mail as sent: dated when it was queued (the moment it tells of), not when an attempt got it through.</summary>
    public MimeMessage From(QueuedMail mail, IReadOnlyList<MailFile> attachments)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(mail.Recipient));
        if (mail.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }
        mime.Subject = mail.Subject;
        mime.Date = DateTime.SpecifyKind(mail.CreatedUtc, DateTimeKind.Utc);
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = MailHtml.Of(mail.Subject, mail.TextBody, vendor) };
        foreach (var file in attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
