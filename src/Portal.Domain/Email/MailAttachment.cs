namespace Portal.Domain.Email;

/// <summary>What a mail carries beside its text: a document the portal already keeps, read when the mail is sent.</summary>
public enum MailAttachmentKind
{
    /// <summary>The stored PDF of an issued quote revision (the quote's number and the revision).</summary>
    QuotePdf,

    /// <summary>A deposit's invoice (the deposit's reference), drawn as its page offers it for download.</summary>
    DepositInvoice,
}

/// <summary>
/// The document a mail attaches, by reference, never by its bytes: a quote's PDF is already stored with its revision, and
/// a deposit's invoice is drawn from the deposit's fixed data, so the mail is read from them when it is sent. The
/// references are known before the save that queues the mail (a new row's id is not).
/// </summary>
public sealed record MailAttachment(MailAttachmentKind Kind, string Reference, int? Revision = null)
{
    public const int ReferenceMaxLength = 40;
}
