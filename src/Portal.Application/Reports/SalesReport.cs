using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>
/// The figures of the sales dashboard, all in the vendor's currency (the catalog has one). Quotes count in the range
/// by the day they were submitted; issued quotes by the day their current revision was issued; deposits by the day
/// they were paid or refunded. A quote's value is the total of its latest issued revision.
/// </summary>
public sealed record SalesReport(
    ReportFilter Filter,
    string Currency,
    IReadOnlyList<PipelineRow> Pipeline,
    IReadOnlyList<MonthValue> IssuedPerMonth,
    WinRate WinRate,
    IReadOnlyList<DeclineReason> Declines,
    IReadOnlyList<SalesDiscount> Discounts,
    DepositFigures Deposits,
    IReadOnlyList<CustomerValue> TopCustomers,
    IReadOnlyList<SupplyRow> Supply,
    ResponseTimes Times,
    WaitlistFigures Waitlist)
{
    public Money PipelineValue => new(Pipeline.Sum(p => p.ValueMinorUnits), Currency);

    public int PipelineQuotes => Pipeline.Sum(p => p.Quotes);
}

public sealed record PipelineRow(QuoteStatus Status, int Quotes, long ValueMinorUnits);

public sealed record MonthValue(int Year, int Month, int Quotes, long ValueMinorUnits);

/// <summary>Of the quotes issued in the range, how many were accepted (a paid deposit counts), declined, expired, cancelled or are still open.</summary>
public sealed record WinRate(int Issued, int Accepted, int Declined, int Expired, int Cancelled, int Open)
{
    /// <summary>Accepted over issued; null when nothing was issued.</summary>
    public decimal? Rate => Issued == 0 ? null : Math.Round(100m * Accepted / Issued, 1, MidpointRounding.AwayFromZero);
}

public sealed record DeclineReason(int QuoteId, string? Number, string Customer, DateTime DeclinedUtc, string Reason);

/// <summary>The sales discount on the issued quotes a salesperson works on: how many, the list value and the discount given.</summary>
public sealed record SalesDiscount(string Salesperson, int Quotes, long ListMinorUnits, long DiscountMinorUnits)
{
    public decimal? Percent => ListMinorUnits == 0 ? null : Math.Round(100m * DiscountMinorUnits / ListMinorUnits, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Deposits paid and refunded in the range, and those due now.</summary>
public sealed record DepositFigures(int Paid, long PaidMinorUnits, int Refunded, long RefundedMinorUnits, int Outstanding, long OutstandingMinorUnits);

/// <summary>
/// Median times, over the quotes of the range: from submission to the first issue (of those first issued in the range)
/// and from issue to acceptance (of those accepted in the range); null where there is none.
/// </summary>
public sealed record ResponseTimes(TimeSpan? SubmissionToIssue, int Issued, TimeSpan? IssueToAcceptance, int Accepted);

public sealed record CustomerValue(int OrganizationId, string Customer, int Quotes, long ValueMinorUnits);

public static class DepositStates
{
    /// <summary>Paid back, or owed back: either way no longer the vendor's.</summary>
    public static readonly DepositState[] Refunded = [DepositState.Refunded, DepositState.RefundOwed];
}
