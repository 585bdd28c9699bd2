using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Web.Api;

/// <param name="Next">The cursor for the next page (pass it as <c>before</c>); null on the last page.</param>
public sealed record ApiQuotePage(IReadOnlyList<ApiQuoteSummary> Items, int? Next)
{
    public static ApiQuotePage Of((IReadOnlyList<Quote> Quotes, int? Next) page, string currency) =>
        new(page.Quotes.Select(q => ApiQuoteSummary.Of(q, currency)).ToList(), page.Next);
}

/// <param name="IssuedTotal">The issued revision's total in major units; null until issued.</param>
public sealed record ApiQuoteSummary(int Id, string? Number, QuoteStatus Status, int Revision, int? SiteId, string? RequestedQuarter,
    DateTime CreatedUtc, DateTime? SubmittedUtc, DateTime? IssuedUtc, DateTime? ValidUntilUtc, decimal? IssuedTotal, string Currency)
{
    public static ApiQuoteSummary Of(Quote q, string currency) => new(q.Id, q.Number, q.Status, q.Revision, q.SiteId, q.RequestedQuarter?.ToString(),
        q.CreatedUtc, q.SubmittedUtc, q.IssuedUtc, q.ValidUntilUtc, q.IssuedTotalMinorUnits is { } total ? new Money(total, currency).Major : null, currency);
}

/// <param name="Acceptance">Who accepted the quote, with the purchase order, billing address and tax id kept then; null until accepted.</param>
/// <param name="Approvals">The approvals by the customer's company of the issued revision; null before one is issued.</param>
public sealed record ApiQuoteDetail(ApiQuoteSummary Quote, string Notes, IReadOnlyList<ApiQuoteLine> Lines, ApiAcceptance? Acceptance, ApiBuyerApprovals? Approvals)
{
    /// <summary>The quote with its lines: each rack configuration's rack, then its components for all its racks, then the products on their own.</summary>
    public static ApiQuoteDetail Of(Quote quote, string currency, BuyerApprovalState? approvals = null)
    {
        var lines = quote.Racks
            .SelectMany(c => c.Components.Select(x => new ApiQuoteLine(x.Product!.Sku, x.Product.Name, x.Quantity * c.RackCount, x.Product.ExportClassification, c.Id))
                .Prepend(new ApiQuoteLine(c.Rack!.Sku, c.Rack.Name, c.RackCount, c.Rack.ExportClassification, c.Id)))
            .Concat(quote.Products.Select(p => new ApiQuoteLine(p.Product!.Sku, p.Product.Name, p.Quantity, p.Product.ExportClassification, null)))
            .ToList();
        return new ApiQuoteDetail(ApiQuoteSummary.Of(quote, currency), quote.Notes, lines, ApiAcceptance.Of(quote.Acceptance),
            approvals is null ? null : ApiBuyerApprovals.Of(approvals));
    }
}

/// <summary>Where the issued revision stands with the approvals its company's rule needs; the last one given is the acceptance.</summary>
/// <param name="Needed">How many different approvers the rule needs for the quote's total.</param>
/// <param name="StillNeeded">How many must still approve (0 once accepted).</param>
/// <param name="WhoMayApprove">The names of the company's approvers who may give the next approval.</param>
public sealed record ApiBuyerApprovals(IReadOnlyList<ApiBuyerApproval> Given, int Needed, int StillNeeded, IReadOnlyList<string> WhoMayApprove)
{
    public static ApiBuyerApprovals Of(BuyerApprovalState state) =>
        new(state.Given.Select(a => new ApiBuyerApproval(a.Name, a.Title, a.Revision, a.ApprovedUtc)).ToList(), state.Needed, state.StillNeeded,
            state.StillNeeded == 0 ? [] : state.WhoMayApprove.Select(a => a.Name).ToList());
}

public sealed record ApiBuyerApproval(string Name, string Title, int Revision, DateTime ApprovedUtc);

/// <param name="Configuration">The rack configuration the line belongs to; null for a product on its own.</param>
public sealed record ApiQuoteLine(string Sku, string Name, int Quantity, string? ExportClassification, int? Configuration);

/// <param name="BillingAddress">The company's default billing address when it accepted, one line per element.</param>
public sealed record ApiAcceptance(string Name, string Title, string? PurchaseOrder, IReadOnlyList<string> BillingAddress, string? TaxId, int Revision, DateTime AcceptedUtc)
{
    public static ApiAcceptance? Of(QuoteAcceptance? acceptance) => acceptance is null ? null
        : new(acceptance.Name, acceptance.Title, acceptance.PurchaseOrder, acceptance.BillingAddressLines, acceptance.TaxId, acceptance.Revision, acceptance.AcceptedUtc);
}
