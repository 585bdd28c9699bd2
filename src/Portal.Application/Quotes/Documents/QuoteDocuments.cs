using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Pricing;

namespace Portal.Application.Quotes.Documents;

/// <summary>
/// A quote's PDF: once its current revision is issued, the stored PDF of that revision, byte for byte; before that (a
/// request in review, or the next revision being priced) the quote as it stands, drawn afresh as a draft.
/// </summary>
public sealed class QuoteDocuments(IPortalDb db, QuoteQueries quotes, QuotePricing pricing, VendorProfile vendor, IQuotePdfRenderer renderer, TimeProvider clock)
{
    public async Task<QuotePdf> RenderAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var issued = await db.Quotes.AsNoTracking().VisibleTo(actor).Where(q => q.Id == id && q.IssuedUtc != null)
            .Select(q => new
            {
                q.Number,
                q.Revision,
                Pdf = db.QuoteRevisions.Where(r => r.QuoteId == q.Id && r.Number == q.Revision).Select(r => r.Pdf).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (issued is { Pdf: { } pdf })
        {
            return new QuotePdf(QuoteDocument.FileNameOf(issued.Number!, issued.Revision), pdf);
        }
        var document = Draft(await quotes.GetAsync(id, actor, cancellationToken), actor);
        return new QuotePdf(document.FileName, renderer.Render(document));
    }

    /// <summary>The document of the quote as it stands, dated today, as a draft, priced as the actor may see it.</summary>
    public async Task<QuoteDocument> BuildAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        Draft(await quotes.GetAsync(id, actor, cancellationToken), actor);

    /// <summary>The document of a quote being issued today, valid until the given date, with the export evidence it was issued on.</summary>
    public QuoteDocument Issued(QuoteView view, DateOnly issuedOn, DateOnly validUntil, string exportEvidence) =>
        Build(view, false, issuedOn, validUntil, pricing.Price(view.Quote)) with { ExportEvidence = exportEvidence };

    private QuoteDocument Draft(QuoteView view, Actor actor)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Build(view, true, today, today.AddDays(vendor.QuoteTerms.ValidityDays), pricing.PriceFor(view, actor));
    }

    private QuoteDocument Build(QuoteView view, bool isDraft, DateOnly date, DateOnly validUntil, QuotePrice price) =>
        new(vendor, view.Quote.Reference, view.Quote.Revision, isDraft, date, validUntil, view.Organization, view.Site, view.Requester,
            view.Quote.RequestedQuarter, view.Quote.Notes, price);
}
