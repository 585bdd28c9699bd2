using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Revisions;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>A request as staff read it, with the decisions its state allows the signed-in person.</summary>
/// <param name="Missing">What keeps the lines from being approved or issued, in words sales acts on.</param>
public sealed record QuoteReviewPage(
    QuoteView View,
    QuotePrice Price,
    Actor Actor,
    IReadOnlyList<SupplyCheck> Supply,
    IReadOnlyList<Quarter> Quarters,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<ProductCard> LooseProducts,
    int DefaultValidityDays,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ThreadMessage> Thread)
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

    public bool IsInReview => Quote.Status == QuoteStatus.InReview;

    public bool CanRequestChanges => IsInReview;

    public bool CanPrice => IsInReview;

    /// <summary>The highest discount the signed-in person may give without an admin's approval.</summary>
    public decimal Authority => DiscountAuthority.Of(Actor.IsAdmin);

    public bool NeedsApproval => Quote.HighestDiscount > Authority;

    public bool AwaitsApproval => Quote.Status == QuoteStatus.PendingApproval;

    /// <summary>The lines keep every rule: nothing stands in the way of approving or issuing them.</summary>
    public bool IsComplete => Missing.Count == 0;

    public bool CanIssue => IsInReview && IsComplete;

    public bool CanDecideApproval => Actor.IsAdmin && AwaitsApproval && IsComplete;

    public bool CanRevise => Quote.Status.IsRevisable();

    public bool CanMoveDelivery => IsOpen;

    public bool ShowsSupply => IsOpen || AwaitsApproval;

    public bool IsSupplyShort => Supply.Any(s => s.IsShort);

    public bool CanCancel => Quote.Status.IsCancellable();

    /// <summary>Only an admin cancels a paid quote, refunding its deposit.</summary>
    public bool CanCancelAndRefund => Actor.IsAdmin && Quote.Status == QuoteStatus.DepositPaid;

    /// <summary>Some lines are delivered in another quarter than the one the request asked for.</summary>
    public bool HasLinesInOtherQuarters => Quote.Racks.Concat<QuoteLine>(Quote.Products).Any(l => l.DeliveryQuarter is not null);

    /// <summary>Some lines carry a higher discount than the quote's own.</summary>
    public bool HasLineDiscounts => Quote.HighestDiscount > Quote.DiscountPercent;
}
