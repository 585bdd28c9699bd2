using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>
/// Sales approves a request in review and issues it: the supply of its allocation-limited lines is held in its quarter,
/// the current revision is frozen as its PDF, stored with its SHA-256 and served byte for byte from then on, valid for
/// the vendor's validity period; the customer is told. Short supply refuses the whole issue and holds nothing.
/// </summary>
public sealed class IssueQuoteHandler(
    IPortalDb db,
    QuoteQueries quotes,
    QuoteDocuments documents,
    IQuotePdfRenderer renderer,
    VendorProfile vendor,
    QuoteMail mail,
    AllocationHolds holds,
    TimeProvider clock)
{
    /// <param name="seenVersion">The version the approving person saw; the document is drawn from the same one.</param>
    public async Task IssueAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var view = await quotes.GetAsync(quoteId, actor, cancellationToken);
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken);
        quote.EnsureUnchangedSince(seenVersion);
        quote.EnsureUnchangedSince(view.Quote.Version);
        var now = clock.GetUtcNow().UtcDateTime;
        var issuedOn = DateOnly.FromDateTime(now);
        var validUntil = issuedOn.AddDays(vendor.QuoteTerms.ValidityDays);

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Approve(now);
        quote.Issue(now, validUntil.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
        await holds.HoldAsync(view.Quote, quote.RequestedQuarter!.Value, cancellationToken);
        var document = documents.Issued(view, issuedOn, validUntil);
        db.QuoteRevisions.Add(new QuoteRevision(quote, renderer.Render(document), document.Summary.Total, actor.Name));
        db.Record(now, actor, quote, "Approved", nameof(QuoteStatus.InReview), nameof(QuoteStatus.Approved));
        db.Record(now, actor, quote, "Issued", nameof(QuoteStatus.Approved), nameof(QuoteStatus.Issued),
            string.Create(CultureInfo.InvariantCulture, $"Revision {quote.Revision}, valid until {validUntil:d MMM yyyy}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await mail.ToRequesterAsync(quote, $"Your quote {quote.Number} is ready",
            string.Create(CultureInfo.InvariantCulture,
                $"your quote {quote.Number} (revision {quote.Revision}) is ready: {document.Summary.Total} in total, with a deposit of {document.Deposit} due on acceptance.\n\nIt is valid until {validUntil:d MMMM yyyy}. Download it and accept or decline it on its page in the portal.\n"),
            cancellationToken);
    }
}
