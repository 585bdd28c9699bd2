using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>A draft of the company a product from the catalog may be added to.</summary>
public sealed record DraftChoice(int Id, string? Number, int LineCount, DateTime UpdatedUtc)
{
    public string Reference => Number ?? $"Draft {Id.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>A product of the catalog on its way to a quote request: the product, and the company's drafts it may go on, latest first.</summary>
public sealed record AddToRequestPage(Product Product, Availability Availability, IReadOnlyList<DraftChoice> Drafts);

/// <summary>Reads the page that adds a catalog product to a new or an existing quote request; an unknown product is not found.</summary>
public sealed class AddToRequestPageQuery(CatalogQueries catalog, IPortalDb db)
{
    public async Task<AddToRequestPage> GetAsync(string sku, Actor actor, CancellationToken cancellationToken = default)
    {
        var product = await catalog.GetAsync(sku, cancellationToken);
        var organizationId = actor.CustomerOrganizationId;
        var drafts = await db.Quotes.AsNoTracking()
            .Where(q => q.OrganizationId == organizationId && (q.Status == QuoteStatus.Draft || q.Status == QuoteStatus.ChangesRequested))
            .OrderByDescending(q => q.UpdatedUtc).ThenByDescending(q => q.Id)
            .Select(q => new DraftChoice(q.Id, q.Number, q.Racks.Count + q.Products.Count, q.UpdatedUtc))
            .ToListAsync(cancellationToken);
        return new AddToRequestPage(product.Product, product.Availability, drafts);
    }
}
