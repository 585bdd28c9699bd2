using System.ComponentModel.DataAnnotations;
using Portal.Application.Catalog.Browse;
using Portal.Application.Waitlist.Join;
using Portal.Domain.Common;
using Portal.Domain.Organizations;

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

public sealed record JoinWaitlistPage(ProductPage Product, JoinWaitlistForm Form, IReadOnlyList<Quarter> Quarters);
