using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Compliance.Exports;
using Portal.Application.Quotes.Submit;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Common;
using Portal.Domain.Compliance;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Issue;

/// <summary>What "approve and issue" came to.</summary>
public enum IssueOutcome
{
    Issued,

    /// <summary>The discount is above the person's authority: the quote waits for an admin's approval.</summary>
    SentForApproval,

    /// <summary>A line needs an export licence to the site's country: the quote waits for a compliance officer.</summary>
    HeldForLicence,
}

/// <summary>
/// Staff approve a priced request and issue it: the supply of its allocation-limited lines is held in their quarters
/// (what it held before, from a waitlist offer, is given back and held again for the lines as priced),
/// the revision is frozen (its lines, totals and PDF, stored with its SHA-256 and served byte for byte from then on),
/// valid for the quote's validity; the customer is told (the quote records each step, and its save audits and mails it). Short supply refuses the whole issue and holds nothing. A
/// discount above the salesperson's authority sends the quote to the admins for approval instead. Every line is checked
/// against the export rules for the site's country (see <see cref="ExportChecker"/>): an unclassified product, a
/// prohibited destination or an unreviewed screening refuses the issue; a licence required holds the quote for a
/// compliance officer, whose clearance issues it. The revision keeps the evidence.
/// </summary>
public sealed class IssueQuoteHandler(IPortalDb db, QuoteIssuing issuing, QuoteCompleteness completeness, Acting acting, TimeProvider clock)
{
    /// <param name="seenVersion">The version the approving person saw; the document is drawn from the quote as loaded here, before it moves.</param>
    public async Task<IssueOutcome> HandleAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.Quotes.VisibleTo(actor).WithLines().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureCompleteAsync(quote, now, cancellationToken);
        var authority = DiscountAuthority.Of(actor.IsAdmin);
        if (quote.Status == QuoteStatus.InReview && quote.HighestDiscount > authority)
        {
            await RequestApprovalAsync(quote, now, cancellationToken);
            return IssueOutcome.SentForApproval;
        }

        return await issuing.IssueCheckedAsync(quote, actor, now, cancellationToken);
    }

    /// <summary>Every line keeps every rule before the quote goes to approval or out (<see cref="QuoteCompleteness"/>).</summary>
    private async Task EnsureCompleteAsync(Quote quote, DateTime now, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == quote.OrganizationId, cancellationToken);
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == quote.SiteId, cancellationToken);
        var broken = completeness.Missing(quote, organization, site, now);
        if (broken.Count > 0)
        {
            throw new DomainException($"{quote.Reference} cannot be approved or issued until its lines are complete: {string.Join(" ", broken)} Change the lines in Pricing first.");
        }
    }

    private async Task RequestApprovalAsync(Quote quote, DateTime now, CancellationToken cancellationToken)
    {
        quote.RequestApproval(now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
