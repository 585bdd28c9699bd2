using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Pricing;

namespace Portal.Application.Quotes.Documents;

/// <summary>Gathers a quote the actor may see into its document and draws its PDF.</summary>
public sealed class QuoteDocuments(QuoteQueries quotes, QuotePricing pricing, VendorProfile vendor, IQuotePdfRenderer renderer, TimeProvider clock)
{
    public async Task<QuotePdf> RenderAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = await BuildAsync(id, actor, cancellationToken);
        return new QuotePdf(document.FileName, renderer.Render(document));
    }

    public async Task<QuoteDocument> BuildAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var view = await quotes.GetAsync(id, actor, cancellationToken);
        var quote = view.Quote;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Sales issues quotes with the sales workflow; until a quote is issued its PDF is a draft for review.
        return new QuoteDocument(
            vendor,
            quote.Reference,
            quote.Revision,
            IsDraft: true,
            today,
            today.AddDays(vendor.QuoteTerms.ValidityDays),
            view.Organization,
            view.Site,
            view.Requester,
            quote.RequestedQuarter,
            quote.Notes,
            pricing.Price(quote));
    }
}
