using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;

namespace Portal.Application.Quotes.Documents;

/// <summary>The stored PDF of an issued revision, for the mail that attaches it: the very file the quote's page offers.</summary>
public sealed class QuotePdfAttachment(IPortalDb db) : IMailAttachmentSource
{
    public MailAttachmentKind Kind => MailAttachmentKind.QuotePdf;

    public async Task<MailFile?> ReadAsync(MailAttachment attachment, CancellationToken cancellationToken)
    {
        var pdf = await db.QuoteRevisions.AsNoTracking()
            .Where(r => r.Number == attachment.Revision && db.Quotes.Any(q => q.Id == r.QuoteId && q.Number == attachment.Reference))
            .Select(r => r.Pdf).SingleOrDefaultAsync(cancellationToken);
        return pdf is null ? null : new MailFile(QuoteDocument.FileNameOf(attachment.Reference, attachment.Revision ?? 0), "application/pdf", pdf);
    }

    /// <summary>The PDF of the quote's current revision, for the mail that tells it is issued.</summary>
    public static MailAttachment Of(Domain.Quotes.Quote quote) => new(MailAttachmentKind.QuotePdf, quote.Reference, quote.Revision);
}
