using System.ComponentModel.DataAnnotations;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Application.Quotes.Revisions;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Web.Areas.Staff;

public sealed record ReviewQueuePage(ReviewFilter Filter, Page<ReviewRow> Rows);

/// <summary>A request as staff read it, with the decisions its state allows.</summary>
public sealed record StaffQuotePage(
    QuoteView View,
    QuotePrice Price,
    Actor Actor,
    IReadOnlyList<SupplyCheck> Supply,
    IReadOnlyList<Quarter> Quarters,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<ProductCard> LooseProducts,
    PriceQuoteCommand Pricing,
    int DefaultValidityDays,
    IReadOnlyList<string> Missing)
{
    public Quote Quote => View.Quote;

    /// <summary>What sales may add to each rack of a configuration; the configuration rules judge whether it fits.</summary>
    public IEnumerable<ProductCard> Components => LooseProducts.Where(p => p.Family != ProductFamily.Service);

    public bool IsOpen => Quote.Status.IsOpen();

    /// <summary>Anyone may take an open request over; its own claimer takes it up again after the customer resubmitted it.</summary>
    public bool CanClaim => IsOpen && (Quote.ClaimedById != Actor.UserId || Quote.Status == QuoteStatus.Submitted);

    public string ClaimLabel =>
        Quote.ClaimedById is null ? "Claim this request"
        : Quote.ClaimedById == Actor.UserId ? "Review the changed request"
        : $"Take over from {View.ClaimedBy}";

    public bool CanRequestChanges => Quote.Status == QuoteStatus.InReview;

    public bool CanPrice => Quote.Status == QuoteStatus.InReview;

    /// <summary>The highest discount the signed-in person may give without an admin's approval.</summary>
    public decimal Authority => DiscountAuthority.Of(Actor.IsAdmin);

    public bool NeedsApproval => Quote.HighestDiscount > Authority;

    /// <summary>The lines keep every rule: nothing stands in the way of approving or issuing them.</summary>
    public bool IsComplete => Missing.Count == 0;

    public bool CanIssue => Quote.Status == QuoteStatus.InReview && IsComplete;

    public bool CanDecideApproval => Actor.IsAdmin && Quote.Status == QuoteStatus.PendingApproval && IsComplete;

    public bool CanRevise => Quote.Status.IsRevisable();

    public bool CanMoveDelivery => IsOpen;

    public bool ShowsSupply => IsOpen || Quote.Status == QuoteStatus.PendingApproval;

    public bool IsSupplyShort => Supply.Any(s => s.IsShort);

    public bool CanCancel => Quote.Status.IsCancellable();

    public DecisionForm Changes { get; } = new();

    public DecisionForm Rejection { get; } = new();

    public DecisionForm SendBack { get; } = new();
}

/// <summary>The note staff write with a decision.</summary>
public sealed class DecisionForm
{
    [Display(Name = "Message to the customer")]
    public string? Note { get; set; }
}

/// <summary>One line of the pricing form: its field names' prefix, what it posted or holds, and how it reads.</summary>
public sealed record PricingLineRow(string Prefix, PricingLine Line, string Title, string Amount, IReadOnlyList<Quarter> Quarters, Quarter? RequestedQuarter);
