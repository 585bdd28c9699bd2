using System.Globalization;
using MimeKit;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Infrastructure.Files;

namespace Portal.Infrastructure.Email;

/// <summary>Without an SMTP server, each mail is written as an .eml file to the data folder, where admins can read it.</summary>
internal sealed class OutboxFolder(MimeMessages messages, PortalPaths paths) : IEmailSender, IMailOutbox
{
    public async Task SendAsync(QueuedMail mail, IReadOnlyList<MailFile> attachments, CancellationToken cancellationToken = default)
    {
        PrivateFiles.CreateFolder(paths.Outbox);
        // Named by when it was queued, then by its number in the queue: the folder lists mails in the order they were
        // written, however the attempts that sent them overlapped. A mail sent again (its attempt was cut short after
        // the file was written) takes the same name.
        var id = mail.CreatedUtc.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture) + "-" +
                 mail.Id.ToString("D12", CultureInfo.InvariantCulture);
        var mime = messages.From(mail, attachments);
        // Written aside, then moved into place: a reader (the Outbox page, a test) never opens half a mail.
        var path = Path.Combine(paths.Outbox, id + ".eml");
        // The mail may carry a reset link: it is readable by the portal's user only.
        await using (var file = PrivateFiles.OpenWrite(path + ".tmp"))
        {
            await mime.WriteToAsync(file, cancellationToken);
        }
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public IReadOnlyList<OutboxMail> List(int max) =>
        !Directory.Exists(paths.Outbox)
            ? []
            : Directory.EnumerateFiles(paths.Outbox, "*.eml")
                .OrderDescending(StringComparer.Ordinal)
                .Take(max)
                .Select(Read)
                .ToList();

    public OutboxMail? Find(string id)
    {
        // Ids are file names we made; anything else (a path, dots) is simply not found.
        if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }
        var path = Path.Combine(paths.Outbox, id + ".eml");
        return File.Exists(path) ? Read(path) : null;
    }

    private static OutboxMail Read(string path)
    {
        var mime = MimeMessage.Load(path);
        return new OutboxMail(Path.GetFileNameWithoutExtension(path), mime.Date.UtcDateTime, mime.To.ToString(),
            mime.Subject ?? string.Empty, mime.TextBody ?? string.Empty)
        {
            HtmlBody = mime.HtmlBody,
            ReplyTo = mime.ReplyTo.Count == 0 ? null : mime.ReplyTo.ToString(),
            Attachments = mime.Attachments.OfType<MimePart>().Select(Attachment).ToList(),
        };
    }

    private static OutboxAttachment Attachment(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return new OutboxAttachment(part.FileName ?? "attachment", part.ContentType.MimeType, content.Length);
    }
}
