using Microsoft.AspNetCore.Mvc.Rendering;
using System.Globalization;
using Portal.Application.Quotes.Pricing;

namespace Portal.Web.Common;

/// <summary>A priced rack of a quote as a card on the quote's page; a draft's card offers to change or remove it.</summary>
public sealed record ConfigurationCard(RackPrice Priced, decimal VolumeDiscountPercent, int? EditableQuoteId)
{
    public ElevationDrawing Elevation => new(Priced.Build);
}

/// <summary>A quote's loose products as a table; a draft's table offers to remove each.</summary>
public sealed record ProductLinesTable(Domain.Quotes.Quote Quote, IReadOnlyList<Application.Configurations.ProductPrice> Lines, bool Editable)
{
    /// <summary>Each product line of the quote with its price.</summary>
    public IEnumerable<(Domain.Quotes.QuoteProductLine Product, Application.Configurations.ProductPrice Priced)> Rows => Quote.Products.Zip(Lines);
}

/// <summary>A quote's issued revisions as its page lists them, with the form to compare two.</summary>
public sealed record RevisionList(int QuoteId, int CurrentRevision, IReadOnlyList<Application.Quotes.Revisions.RevisionRow> Rows)
{
    /// <summary>The revisions to compare from, the one before the last chosen.</summary>
    public IReadOnlyList<SelectListItem> CompareFrom => Numbers(Rows.Count > 1 ? Rows[^2].Number : null);

    /// <summary>The revisions to compare with, the last chosen.</summary>
    public IReadOnlyList<SelectListItem> CompareTo => Numbers(Rows.Count > 0 ? Rows[^1].Number : null);

    private List<SelectListItem> Numbers(int? chosen) =>
        Rows.Select(r => new SelectListItem(r.Number.ToString(CultureInfo.InvariantCulture), r.Number.ToString(CultureInfo.InvariantCulture), r.Number == chosen)).ToList();
}
