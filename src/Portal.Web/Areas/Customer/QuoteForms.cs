using System.ComponentModel.DataAnnotations;
using Portal.Application.Quotes;
using Portal.Domain.Common;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Customer;

public sealed class DraftForm
{
    [Display(Name = "Site")] public int? SiteId { get; set; }
    [Display(Name = "Delivery quarter")] public string? RequestedQuarter { get; set; }
    public string? Notes { get; set; }
}

public sealed class ProductLineForm
{
    [Display(Name = "Product")] public string? Sku { get; set; }
    public int? Quantity { get; set; }
}

/// <summary>A quote's page: the request itself, its prices, and for a draft the forms that change it.</summary>
public sealed record QuotePage(
    QuoteView View,
    QuotePrice Price,
    DraftForm Draft,
    ProductLineForm NewProduct,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Quarter> Quarters,
    IReadOnlyList<Portal.Application.Catalog.Browse.ProductCard> LooseProducts);
