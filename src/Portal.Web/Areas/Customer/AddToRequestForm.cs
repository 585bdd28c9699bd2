using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Quotes.Pages;

namespace Portal.Web.Areas.Customer;

/// <summary>A catalog product to add: how many, and onto which draft (none starts a new quote request).</summary>
public sealed class AddToRequestForm
{
    public string? Sku { get; set; }
    public int? Quantity { get; set; }
    [Display(Name = "Quote request")] public int? QuoteId { get; set; }
}

/// <summary>The page that adds a catalog product to a quote request, with the form as posted or as it starts.</summary>
public sealed record AddToRequestView(AddToRequestPage Page, AddToRequestForm Form)
{
    public const string NewRequest = "A new quote request";

    /// <summary>The drafts to choose from, after the new request (the form's select marks the one chosen).</summary>
    public IReadOnlyList<SelectListItem> Drafts =>
        Page.Drafts.Select(d => new SelectListItem(
            $"{d.Reference} · {d.LineCount} {(d.LineCount == 1 ? "line" : "lines")} · changed {d.UpdatedUtc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
            d.Id.ToString(CultureInfo.InvariantCulture))).ToList();
}
