using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>What "approve and issue" came to.</summary>
public enum IssueOutcome
{
    Issued,

    /// <summary>The discount is above the person's authority: the quote waits for an admin's approval.</summary>
    SentForApproval,
}

/// <summary>
/// Staff approve a priced request and issue it: the supply of its allocation-limited lines is held in their quarters
/// (what it held before, from a waitlist offer, is given back and held again for the lines as priced),
/// the revision is frozen (its lines, totals and PDF, stored with its SHA-256 and served byte for byte from then on),
/// valid for the quote's validity; the customer is told. Short supply refuses the whole issue and holds nothing. A
/// discount above the salesperson's authority sends the quote to the admins for approval instead.
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
    /// <param name="seenVersion">The version the approving person saw; the document is drawn from the quote as loaded here, before it moves.</param>
    public async Task<IssueOutcome> IssueAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var quote = await db.Quotes.VisibleTo(actor).WithLines().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var authority = DiscountAuthority.Of(actor.IsAdmin);
        if (quote.Status == QuoteStatus.InReview && quote.HighestDiscount > authority)
        {
            await RequestApprovalAsync(quote, actor, now, cancellationToken);
            return IssueOutcome.SentForApproval;
        }

        var view = await quotes.ViewOfAsync(quote, actor, cancellationToken);
        var issuedOn = DateOnly.FromDateTime(now);
        var validUntil = issuedOn.AddDays(quote.ValidityDays ?? vendor.QuoteTerms.ValidityDays);
        var document = documents.Issued(view, issuedOn, validUntil);
        var from = quote.Status;
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Approve(authority, now);
        quote.Issue(now, validUntil.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc), document.Totals);
        await holds.ReleaseAsync(quote, cancellationToken);
        await holds.HoldAsync(quote, cancellationToken);
        db.QuoteRevisions.Add(new QuoteRevision(quote, renderer.Render(document), document.Totals, document.RevisionLines(), actor.Name));
        db.Record(now, actor, quote, "Approved", from.ToString(), nameof(QuoteStatus.Approved),
            quote.HighestDiscount > 0 ? string.Create(CultureInfo.InvariantCulture, $"Sales discount up to {quote.HighestDiscount:0.##} %") : null);
        db.Record(now, actor, quote, "Issued", nameof(QuoteStatus.Approved), nameof(QuoteStatus.Issued),
            string.Create(CultureInfo.InvariantCulture, $"Revision {quote.Revision}, valid until {validUntil:d MMM yyyy}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await mail.ToRequesterAsync(quote, $"Your quote {quote.Number} is ready",
            string.Create(CultureInfo.InvariantCulture,
                $"your quote {quote.Number} (revision {quote.Revision}) is ready: {document.Summary.Total} in total, with a deposit of {document.Deposit} due on acceptance.\n\nIt is valid until {validUntil:d MMMM yyyy}. Download it and accept or decline it on its page in the portal.\n"),
            cancellationToken);
        if (from == QuoteStatus.PendingApproval)
        {
            await mail.ToStaffAsync(quote, $"{quote.Number} approved and issued",
                $"{actor.Name} approved the discount on {quote.Number} and issued revision {quote.Revision} to the customer.\n", cancellationToken);
        }
        return IssueOutcome.Issued;
    }

    private async Task RequestApprovalAsync(Quote quote, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        quote.RequestApproval(now);
        var why = string.Create(CultureInfo.InvariantCulture,
            $"Sales discount up to {quote.HighestDiscount:0.##} %, above the sales authority of {DiscountAuthority.Sales:0.##} %");
        db.Record(now, actor, quote, QuoteAudit.ApprovalRequested, nameof(QuoteStatus.InReview), nameof(QuoteStatus.PendingApproval), why);
        await db.SaveChangesAsync(cancellationToken);
        await mail.ToAdminsAsync($"{quote.Number} waits for your approval",
            $"{actor.Name} priced {quote.Number} with a discount an admin must approve: {why}.\n\nApprove it or send it back in the portal, under Staff → Approvals.\n",
            cancellationToken);
    }
}
