using Portal.Domain.Email;

namespace Portal.Application.Email;

/// <summary>A document a mail attaches, as it is sent.</summary>
public sealed record MailFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Reads the document of one kind of attachment when its mail is sent (the feature that keeps the document provides
/// it); null when the document is gone, and the mail goes without it.
/// </summary>
public interface IMailAttachmentSource
{
    MailAttachmentKind Kind { get; }

    Task<MailFile?> ReadAsync(MailAttachment attachment, CancellationToken cancellationToken);
}
