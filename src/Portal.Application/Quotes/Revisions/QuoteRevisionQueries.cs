using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Revisions;

/// <summary>An issued revision as the quote's page lists it.</summary>
public sealed record RevisionRow(int Number, DateTime IssuedUtc, DateTime ValidUntilUtc, Money Total, string IssuedBy, string PdfSha256, string ExportEvidence);

/// <summary>
/// The issued revisions of a quote, for the customer whose quote it is and for staff: the list, each one's stored PDF,
/// and what changed between two of them. Any other quote, or a revision it does not have, is not found.
/// </summary>
public sealed class QuoteRevisionQueries(IPortalDb db)
{
    public async Task<IReadOnlyList<RevisionRow>> ListAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        var rows = await Of(quoteId, actor).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.IssuedUtc, r.ValidUntilUtc, r.TotalMinorUnits, r.Currency, r.IssuedBy, r.PdfSha256, r.ExportEvidence })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RevisionRow(r.Number, r.IssuedUtc, r.ValidUntilUtc, new Money(r.TotalMinorUnits, r.Currency), r.IssuedBy, r.PdfSha256, r.ExportEvidence)).ToList();
    }

    public async Task<QuotePdf> PdfAsync(int quoteId, int number, Actor actor, CancellationToken cancellationToken = default)
    {
        var revision = await Of(quoteId, actor).Where(r => r.Number == number)
                           .Select(r => new { Reference = db.Quotes.Where(q => q.Id == r.QuoteId).Select(q => q.Number).Single(), r.Pdf })
                           .SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException("The revision");
        return new QuotePdf(QuoteDocument.FileNameOf(revision.Reference!, number), revision.Pdf);
    }

    public async Task<RevisionComparison> CompareAsync(int quoteId, int from, int to, Actor actor, CancellationToken cancellationToken = default)
    {
        var revisions = await Of(quoteId, actor).Where(r => r.Number == from || r.Number == to).ToListAsync(cancellationToken);
        var before = revisions.SingleOrDefault(r => r.Number == from) ?? throw new NotFoundException("The revision");
        var after = revisions.SingleOrDefault(r => r.Number == to) ?? throw new NotFoundException("The revision");
        return RevisionComparison.Between(before, after);
    }

    private IQueryable<QuoteRevision> Of(int quoteId, Actor actor) =>
        db.QuoteRevisions.AsNoTracking().Where(r => r.QuoteId == quoteId && db.Quotes.VisibleTo(actor).Any(q => q.Id == quoteId));
}
