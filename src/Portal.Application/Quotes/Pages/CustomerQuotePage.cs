using Portal.Application.Catalog.Browse;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Revisions;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>A quote request as its customer reads it: the request, its prices, what a draft can choose from, and what its state allows.</summary>
/// <param name="ShortSupply">The lines that lack supply in the quarter asked for, while that can still change.</param>
/// <param name="IsRequester">The reader may change, submit, cancel and copy requests and write to sales.</param>
/// <param name="Approvals">Where the issued revision stands with the company's approvals; null before one is issued.</param>
/// <param name="AnswerRefusal">Why the reader may not accept or decline the issued quote (a role, a limit); null when they may.</param>
public sealed record CustomerQuotePage(
    QuoteView View,
    QuotePrice Price,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Quarter> Quarters,
    IReadOnlyList<ProductCard> LooseProducts,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<SupplyCheck> ShortSupply,
    IReadOnlyList<ThreadMessage> Thread,
    bool IsRequester,
    BuyerApprovalState? Approvals,
    string? AnswerRefusal)
{
    public Quote Quote => View.Quote;

    public bool IsDraft => Quote.Status == QuoteStatus.Draft;

    /// <summary>The customer may change the lines, the site, the quarter and the notes, and submit the request.</summary>
    public bool IsEditable => Quote.IsEditable && IsRequester;

    public bool ChangesAreRequested => Quote.Status == QuoteStatus.ChangesRequested;

    /// <summary>The revision the customer holds has been issued (not one sales is still preparing).</summary>
    public bool ShowsIssuedRevision => Quote.IsIssued && Revisions.Any(r => r.Number == Quote.Revision);

    /// <summary>Sales is preparing the next revision of an issued quote: the last one can no longer be accepted.</summary>
    public bool IsRevisionInPreparation => Quote.IsIssued && !ShowsIssuedRevision;

    public bool AwaitsApproval => Quote.Status == QuoteStatus.PendingApproval;

    /// <summary>The quote is issued and valid: the customer accepts or declines it.</summary>
    public bool CanAnswer => Quote.Status == QuoteStatus.Issued;

    /// <summary>The request may be cancelled; an issued quote is declined instead (with a reason), so no Cancel beside Decline.</summary>
    public bool CanCancel => Quote.Status.IsCancellable() && !CanAnswer && IsRequester;

    /// <summary>The buyer may start a new draft from this request's lines (a reorder): it has some and is no draft itself.</summary>
    public bool CanCopy => !IsDraft && !Quote.IsEmpty && IsRequester;

    /// <summary>Approvals were given to the issued revision, or more than one is needed: the page lists them.</summary>
    public bool ShowsApprovals => CanAnswer && Approvals is { } state && (state.Given.Count > 0 || state.Needed > 1);

    /// <summary>The form's button: Accept when the reader's approval is the last one needed, else Approve.</summary>
    public string AnswerButton => Approvals?.NextAccepts ?? true ? $"Accept quote {Quote.Number}" : $"Approve quote {Quote.Number}";

    /// <summary>How many approvals by the company must still come, in words.</summary>
    public string ApprovalsStillNeeded => Approvals?.StillNeeded switch
    {
        null or 0 => "No further approval is needed.",
        1 => "One more approval is needed; it accepts the quote.",
        var more => $"{more} more approvals are needed; the last one accepts the quote.",
    };

    /// <summary>Who may give the next approval, named for the readers who may not.</summary>
    public string WhoMayApprove => Approvals is { WhoMayApprove.Count: > 0 } state
        ? string.Join(", ", state.WhoMayApprove.Select(a => a.Name))
        : "nobody yet: your company's administrator gives the Approver role and limits on the Colleagues page";

    /// <summary>The company accepts only with a purchase order number (its administrator's rule).</summary>
    public bool PurchaseOrderRequired => Approvals?.Terms.PurchaseOrderRequired ?? false;

    /// <summary>The reader's approval would accept the quote, so the form asks for the purchase order (an earlier approval takes none).</summary>
    public bool AsksPurchaseOrder => Approvals?.NextAccepts ?? true;

    /// <summary>What the purchase order field's label adds: whether the company's rule asks for one.</summary>
    public string PurchaseOrderNote => PurchaseOrderRequired ? "(required by your company)" : "(optional)";

    public bool HasProducts => Quote.Products.Count > 0;

    public bool HasConfigurations => Quote.Racks.Count > 0;

    /// <summary>The request is with the vendor: its people and the vendor's staff can write to each other on it.</summary>
    public bool CanWrite => !IsDraft && IsRequester;
}
