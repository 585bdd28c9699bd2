using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Common;
using Portal.Application.Quotes.Pages;
using Portal.Web.Common;

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
    [Display(Name = "Purchase order number")] public string? PurchaseOrder { get; set; }
    [Display(Name = "I accept this quote and its terms and conditions on behalf of my organization")] public bool AcceptTerms { get; set; }
    public int Revision { get; set; }
}

public sealed class DeclineForm
{
    [Display(Name = "Why are you declining?")] public string? Reason { get; set; }
}

/// <summary>The organization's quote requests, as filtered.</summary>
public sealed record MyQuotesPage(QuoteFilter Filter, Page<QuoteRow> Quotes)
{
    public bool IsFiltered => !string.IsNullOrEmpty(Filter.Search) || Filter.Status is not null;

    public IReadOnlyList<SelectListItem> Statuses => Choices.Of(Filter.Status, Display.Status);
}

/// <summary>A quote's page: what its page query read, and the forms its state allows, as posted or as they start.</summary>
public sealed record QuotePage(CustomerQuotePage Page, DraftForm Draft, ProductLineForm NewProduct, AcceptForm Accept, DeclineForm Decline,
    MessageForm Message)
{
    public QuoteThreadView Thread => new(Page.Quote.Id, Page.Thread, Message, Page.CanWrite, OffersInternalNote: false);

    public static QuotePage Of(CustomerQuotePage page, Actor actor, DraftForm? draft = null, ProductLineForm? product = null,
        AcceptForm? accept = null, DeclineForm? decline = null, MessageForm? message = null)
    {
        var quote = page.Quote;
        return new QuotePage(
            page,
            draft ?? new DraftForm { SiteId = quote.SiteId, RequestedQuarter = quote.RequestedQuarter?.ToString(), Notes = quote.Notes },
            product ?? new ProductLineForm { Quantity = 1 },
            accept ?? new AcceptForm { Name = actor.Name, Revision = quote.Revision },
            decline ?? new DeclineForm(),
            message ?? new MessageForm());
    }
}
