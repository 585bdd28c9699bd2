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

/// <summary>
/// The step every issue ends in, by staff or by a compliance officer's clearance: the export check, then the frozen
/// revision with its PDF and the supply held, or the hold for a licence (see <see cref="IssueQuoteHandler"/>).
/// </summary>
public sealed class QuoteIssuing(
    IPortalDb db,
    QuoteQueries quotes,
    QuoteDocuments documents,
    IQuotePdfRenderer renderer,
    VendorProfile vendor,
    AllocationHolds holds,
    ExportChecker exports,
    TimeProvider clock)
{
    /// <summary>Issues a quote a compliance officer has just cleared with a licence (it is Approved again); saved with the clearance.</summary>
    public async Task IssueClearedAsync(Quote quote, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await IssueCheckedAsync(quote, actor, clock.GetUtcNow().UtcDateTime, cancellationToken) != IssueOutcome.Issued)
        {
            throw new DomainException($"{quote.Reference} could not be issued with the licence recorded.");
        }
    }

    /// <summary>Checks the quote's lines against the export rules and issues it, or holds it for a licence.</summary>
    public async Task<IssueOutcome> IssueCheckedAsync(Quote quote, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == quote.OrganizationId, cancellationToken);
        var site = await db.Sites.SingleAsync(s => s.Id == quote.SiteId, cancellationToken);
        var export = await exports.CheckAsync(quote, organization, site, now, cancellationToken);
        if (export.Refusal is { } refusal)
        {
            // Screenings made by the check stay, with any hold they put on the company; the quote's steps do not.
            db.ChangeTracker.Entries<Quote>().ToList().ForEach(entry =>
            {
                entry.State = EntityState.Unchanged;
                _ = entry.Entity.TakeEvents();
            });
            await db.SaveChangesAsync(cancellationToken);
            throw new DomainException(refusal);
        }
        var licensed = quote.ExportLicenceExpiresUtc > now;
        if (export.Verdict == DestinationVerdict.LicenceRequired && !licensed)
        {
            await HoldForLicenceAsync(quote, export, actor, now, cancellationToken);
            return IssueOutcome.HeldForLicence;
        }
        await IssueNowAsync(quote, export.Evidence(licensed ? quote.ExportLicenceNumber : null, quote.ExportLicenceExpiresUtc), actor, now, cancellationToken);
        return IssueOutcome.Issued;
    }

    private async Task IssueNowAsync(Quote quote, string evidence, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var authority = DiscountAuthority.Of(actor.IsAdmin);
        var view = await quotes.ViewOfAsync(quote, actor, cancellationToken);
        var issuedOn = DateOnly.FromDateTime(now);
        var validUntil = issuedOn.AddDays(quote.ValidityDays ?? vendor.QuoteTerms.ValidityDays);
        var document = documents.Issued(view, issuedOn, validUntil, evidence);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (quote.Status != QuoteStatus.Approved)
        {
            quote.Approve(authority, now);
        }
        quote.Issue(now, validUntil.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc), document.Totals);
        await holds.ReleaseAsync(quote, cancellationToken);
        await holds.HoldAsync(quote, cancellationToken);
        db.QuoteRevisions.Add(new QuoteRevision(quote, renderer.Render(document), document.Totals, document.RevisionLines(), actor.Name, evidence));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task HoldForLicenceAsync(Quote quote, ExportCheck export, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        quote.Approve(DiscountAuthority.Of(actor.IsAdmin), now);
        quote.HoldForExportLicence(export.Evidence(null, null), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
