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

/// <summary>What the customer types to accept an issued quote; the revision is the one its page showed.</summary>
public sealed class AcceptForm
{
    [Display(Name = "Your full name")] public string? Name { get; set; }
    [Display(Name = "Your job title")] public string? Title { get; set; }
    [Display(Name = "Purchase order number (optional)")] public string? PurchaseOrder { get; set; }
    [Display(Name = "I accept this quote and its terms and conditions on behalf of my organization")] public bool AcceptTerms { get; set; }
    public int Revision { get; set; }
}

public sealed class DeclineForm
{
    [Display(Name = "Why are you declining?")] public string? Reason { get; set; }
}

/// <summary>A quote's page: the request itself, its prices, and the forms its state allows.</summary>
public sealed record QuotePage(
    QuoteView View,
    QuotePrice Price,
    DraftForm Draft,
    ProductLineForm NewProduct,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Quarter> Quarters,
    IReadOnlyList<Portal.Application.Catalog.Browse.ProductCard> LooseProducts,
    AcceptForm Accept,
    DeclineForm Decline,
    IReadOnlyList<Portal.Application.Quotes.Revisions.RevisionRow> Revisions,
    IReadOnlyList<Portal.Application.Quotes.Holds.SupplyCheck> ShortSupply);
