using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Domain.Reports;

/// <summary>
/// The sales of one day for one status, salesperson and customer: how many of the quotes now in that status were
/// submitted, issued (their current revision) and accepted that day, and what they are worth. Every save that changes
/// a quote moves its counts here (see <see cref="SalesDayMoves"/>), so the dashboard sums a few thousand of these rows
/// instead of a million quotes.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)] // The dashboard reads these at once; it is not kept.
public sealed class SalesDay
{
    /// <summary>The UTC day.</summary>
    public DateOnly Day { get; init; }

    public QuoteStatus Status { get; init; }

    /// <summary>Who claimed the quotes; "" for nobody (the key has no nulls).</summary>
    public string SalespersonId { get; init; } = "";

    public int OrganizationId { get; init; }

    public int Submitted { get; init; }

    /// <summary>The issued total of the quotes submitted that day; nothing for those not issued yet.</summary>
    public long SubmittedValueMinorUnits { get; init; }

    public int Issued { get; init; }

    public long IssuedValueMinorUnits { get; init; }

    public long IssuedListMinorUnits { get; init; }

    public long IssuedDiscountMinorUnits { get; init; }

    public int Accepted { get; init; }

    public long AcceptedValueMinorUnits { get; init; }

    public (DateOnly Day, QuoteStatus Status, string SalespersonId, int OrganizationId) Key => (Day, Status, SalespersonId, OrganizationId);

    public bool IsEmpty => Submitted == 0 && Issued == 0 && Accepted == 0 && SubmittedValueMinorUnits == 0 && IssuedValueMinorUnits == 0
                           && IssuedListMinorUnits == 0 && IssuedDiscountMinorUnits == 0 && AcceptedValueMinorUnits == 0;

    /// <summary>No counts, no key: where a sum of days starts.</summary>
    public static SalesDay Nothing { get; } = new();

    /// <summary>This day's counts plus <paramref name="sign"/> times the other's, on the other's key (the same, or this is <see cref="Nothing"/>).</summary>
    public SalesDay Plus(SalesDay other, int sign) => new()
    {
        Day = other.Day,
        Status = other.Status,
        SalespersonId = other.SalespersonId,
        OrganizationId = other.OrganizationId,
        Submitted = Submitted + sign * other.Submitted,
        SubmittedValueMinorUnits = SubmittedValueMinorUnits + sign * other.SubmittedValueMinorUnits,
        Issued = Issued + sign * other.Issued,
        IssuedValueMinorUnits = IssuedValueMinorUnits + sign * other.IssuedValueMinorUnits,
        IssuedListMinorUnits = IssuedListMinorUnits + sign * other.IssuedListMinorUnits,
        IssuedDiscountMinorUnits = IssuedDiscountMinorUnits + sign * other.IssuedDiscountMinorUnits,
        Accepted = Accepted + sign * other.Accepted,
        AcceptedValueMinorUnits = AcceptedValueMinorUnits + sign * other.AcceptedValueMinorUnits,
    };
}

/// <summary>
/// What of a quote the sales days count, as a save found it or as it leaves it. Only submitted quotes count: on the
/// day submitted, on the day their current revision was issued and on the day they were accepted.
/// </summary>
public sealed record SalesFacts(
    QuoteStatus Status,
    string? SalespersonId,
    int OrganizationId,
    DateTime? SubmittedUtc,
    DateTime? IssuedUtc,
    DateTime? AcceptedUtc,
    long? TotalMinorUnits,
    long? ListMinorUnits,
    long? DiscountMinorUnits)
{
    public static SalesFacts Of(Quote quote) => new(quote.Status, quote.ClaimedById, quote.OrganizationId, quote.SubmittedUtc,
        quote.IssuedUtc, quote.Acceptance?.AcceptedUtc, quote.IssuedTotalMinorUnits, quote.IssuedListMinorUnits, quote.IssuedSalesDiscountMinorUnits);

    /// <summary>The quote's counts in the days it was submitted, issued and accepted; none before it is submitted.</summary>
    public IEnumerable<SalesDay> Days()
    {
        if (SubmittedUtc is not { } submitted)
        {
            yield break;
        }
        var value = TotalMinorUnits ?? 0;
        yield return On(submitted, submittedCount: 1, submittedValue: value);
        if (IssuedUtc is { } issued)
        {
            yield return On(issued, issuedCount: 1, issuedValue: value, issuedList: ListMinorUnits ?? 0, issuedDiscount: DiscountMinorUnits ?? 0);
        }
        if (AcceptedUtc is { } accepted)
        {
            yield return On(accepted, acceptedCount: 1, acceptedValue: value);
        }
    }

    private SalesDay On(DateTime utc, int submittedCount = 0, long submittedValue = 0, int issuedCount = 0, long issuedValue = 0,
        long issuedList = 0, long issuedDiscount = 0, int acceptedCount = 0, long acceptedValue = 0) => new()
    {
        Day = DateOnly.FromDateTime(utc),
        Status = Status,
        SalespersonId = SalespersonId ?? "",
        OrganizationId = OrganizationId,
        Submitted = submittedCount,
        SubmittedValueMinorUnits = submittedValue,
        Issued = issuedCount,
        IssuedValueMinorUnits = issuedValue,
        IssuedListMinorUnits = issuedList,
        IssuedDiscountMinorUnits = issuedDiscount,
        Accepted = acceptedCount,
        AcceptedValueMinorUnits = acceptedValue,
    };
}
