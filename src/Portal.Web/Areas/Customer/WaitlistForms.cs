using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Catalog.Browse;
using Portal.Application.Waitlist.Join;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer;

/// <summary>The form to join the waitlist for a product.</summary>
public sealed class JoinWaitlistForm
{
    public string? Sku { get; set; }

    [Display(Name = "Units")]
    public int? Quantity { get; set; } = 1;

    [Display(Name = "Quarter")]
    public string? Quarter { get; set; }

    public JoinWaitlistCommand ToCommand() => new(Sku, Quantity, Quarter);
}

public sealed record JoinWaitlistPage(ProductPage Product, JoinWaitlistForm Form, IReadOnlyList<Quarter> Quarters)
{
    /// <summary>The quarters one may ask for, the one posted selected.</summary>
    public IReadOnlyList<SelectListItem> QuarterChoices => Choices.Among(Form.Quarter, Quarters.Select(quarter => quarter.ToString()));
}
