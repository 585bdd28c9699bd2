using System.ComponentModel.DataAnnotations;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Review;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Web.Areas.Staff;

public sealed record ReviewQueuePage(ReviewFilter Filter, Page<ReviewRow> Rows);

/// <summary>A request as staff read it, with the decisions its state allows.</summary>
public sealed record StaffQuotePage(
    QuoteView View, QuotePrice Price, string CurrentUserId, IReadOnlyList<SupplyCheck> Supply, IReadOnlyList<Quarter> Quarters)
{
    public Quote Quote => View.Quote;

    public bool IsOpen => Quote.Status.IsOpen();

    /// <summary>Anyone may take an open request over; its own claimer takes it up again after the customer resubmitted it.</summary>
    public bool CanClaim => IsOpen && (Quote.ClaimedById != CurrentUserId || Quote.Status == QuoteStatus.Submitted);

    public string ClaimLabel =>
        Quote.ClaimedById is null ? "Claim this request"
        : Quote.ClaimedById == CurrentUserId ? "Review the changed request"
        : $"Take over from {View.ClaimedBy}";

    public bool CanRequestChanges => Quote.Status == QuoteStatus.InReview;

    public bool CanIssue => Quote.Status == QuoteStatus.InReview;

    public bool CanMoveDelivery => IsOpen;

    public bool IsSupplyShort => Supply.Any(s => s.IsShort);

    public bool CanCancel => Quote.Status.IsCancellable();

    public DecisionForm Changes { get; } = new();

    public DecisionForm Rejection { get; } = new();
}

/// <summary>The note sales writes with a decision.</summary>
public sealed class DecisionForm
{
    [Display(Name = "Message to the customer")]
    public string? Note { get; set; }
}
