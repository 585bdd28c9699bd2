using System.ComponentModel.DataAnnotations;
using Portal.Application.Catalog.Browse;
using Portal.Application.Waitlist;
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

/// <summary>The organization's waitlist, with the sites an accepted offer can go to.</summary>
public sealed record MyWaitlistPage(IReadOnlyList<MyWaitlistRow> Rows, IReadOnlyList<Site> Sites)
{
    /// <summary>The entries still waiting or offered.</summary>
    public IReadOnlyList<MyWaitlistRow> Active => Rows.Where(r => r.Entry.IsActive).ToList();

    /// <summary>The entries that ended: accepted, declined, expired or withdrawn.</summary>
    public IReadOnlyList<MyWaitlistRow> Past => Rows.Where(r => !r.Entry.IsActive).ToList();
}
