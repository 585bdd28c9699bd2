using Microsoft.EntityFrameworkCore;
using Portal.Application.Reports;
using Portal.Domain.Catalog;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Reports;

/// <summary>
/// The dashboard's figures computed again in the test, from the rows themselves loaded into memory, the plain way:
/// what the report's grouped queries must agree with.
/// </summary>
public sealed class ExpectedReport
{
    private readonly List<Quote> _quotes;
    private readonly Dictionary<int, QuoteRevision> _latest;
    private readonly List<QuoteRevision> _revisions;
    private readonly List<Deposit> _deposits;
    private readonly ReportFilter _filter;

    private ExpectedReport(List<Quote> quotes, List<QuoteRevision> revisions, List<Deposit> deposits, ReportFilter filter)
    {
        (_quotes, _revisions, _deposits, _filter) = (quotes, revisions, deposits, filter);
        _latest = revisions.GroupBy(r => r.QuoteId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!);
    }

    /// <summary>Loads every submitted quote with its lines, every revision and deposit, and keeps those the viewer and filter cover.</summary>
    public static async Task<ExpectedReport> LoadAsync(PortalDbContext db, ReportFilter filter, string? claimedBy)
    {
        var quotes = (await db.Quotes.AsNoTracking()
                .Include(q => q.Racks).ThenInclude(c => c.Rack)
                .Include(q => q.Racks).ThenInclude(c => c.Components).ThenInclude(k => k.Product)
                .Include(q => q.Products).ThenInclude(p => p.Product)
                .Where(q => q.SubmittedUtc != null).ToListAsync())
            .Where(q => claimedBy is null || q.ClaimedById == claimedBy)
            .Where(q => filter.Family is not { } family || Families(q).Contains(family))
            .ToList();
        var revisions = await db.QuoteRevisions.AsNoTracking().ToListAsync();
        var ids = quotes.Select(q => q.Id).ToHashSet();
        var deposits = (await db.Deposits.AsNoTracking().ToListAsync())
            .Where(d => d.QuoteId is { } id ? ids.Contains(id) : claimedBy is null && filter.Family is null).ToList();
        return new ExpectedReport(quotes, revisions, deposits, filter);
    }

    private static IEnumerable<ProductFamily> Families(Quote quote) =>
        quote.Racks.SelectMany(c => c.Components.Select(k => k.Product!.Family).Append(c.Rack!.Family))
            .Concat(quote.Products.Select(p => p.Product!.Family));

    private bool InRange(DateTime? at) => at >= _filter.FromUtc && at < _filter.ToUtc;

    private long ValueOf(Quote quote) => _latest.TryGetValue(quote.Id, out var revision) ? revision.TotalMinorUnits : 0;

    /// <summary>A quote's issued total; before its first issue, while it is still worked on, the list price of its lines.</summary>
    private long PipelineValueOf(Quote quote) =>
        _latest.ContainsKey(quote.Id) || !QuoteStatusRules.BeforeIssue.Contains(quote.Status)
            ? ValueOf(quote)
            : quote.Racks.Sum(r => r.RackCount * (r.Rack!.ListPrice.MinorUnits + r.Components.Sum(c => c.Quantity * c.Product!.ListPrice.MinorUnits)))
              + quote.Products.Sum(p => p.Quantity * p.Product!.ListPrice.MinorUnits);

    public IReadOnlyList<PipelineRow> Pipeline =>
        _quotes.Where(q => InRange(q.SubmittedUtc)).GroupBy(q => q.Status)
            .Select(g => new PipelineRow(g.Key, g.Count(), g.Sum(PipelineValueOf))).OrderBy(r => r.Status).ToList();

    private IEnumerable<Quote> Issued => _quotes.Where(q => InRange(q.IssuedUtc));

    public IReadOnlyList<MonthValue> IssuedPerMonth =>
        Issued.Where(q => _latest.ContainsKey(q.Id)).GroupBy(q => (q.IssuedUtc!.Value.Year, q.IssuedUtc.Value.Month))
            .Select(g => new MonthValue(g.Key.Year, g.Key.Month, g.Count(), g.Sum(ValueOf))).OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();

    public WinRate WinRate
    {
        get
        {
            var issued = Issued.ToList();
            int Count(params QuoteStatus[] statuses) => issued.Count(q => statuses.Contains(q.Status));
            var (accepted, declined, expired, cancelled) = (Count(QuoteStatus.Accepted, QuoteStatus.DepositPaid), Count(QuoteStatus.Declined),
                Count(QuoteStatus.Expired), Count(QuoteStatus.Cancelled));
            return new WinRate(issued.Count, accepted, declined, expired, cancelled, issued.Count - accepted - declined - expired - cancelled);
        }
    }

    /// <summary>(quotes, list, discount) per salesperson id.</summary>
    public IReadOnlyDictionary<string, (int Quotes, long List, long Discount)> DiscountsByClaimer =>
        Issued.Where(q => _latest.ContainsKey(q.Id)).GroupBy(q => q.ClaimedById ?? "")
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(q => _latest[q.Id].ListTotalMinorUnits), g.Sum(q => _latest[q.Id].SalesDiscountMinorUnits)));

    public DepositFigures Deposits
    {
        get
        {
            var paid = _deposits.Where(d => InRange(d.PaidUtc)).ToList();
            var refunded = _deposits.Where(d => d.State is DepositState.Refunded or DepositState.RefundOwed && InRange(d.RefundedUtc ?? d.UpdatedUtc)).ToList();
            var due = _deposits.Where(d => d.State == DepositState.Due).ToList();
            return new DepositFigures(paid.Count, paid.Sum(d => d.AmountMinorUnits), refunded.Count, refunded.Sum(d => d.AmountMinorUnits),
                due.Count, due.Sum(d => d.AmountMinorUnits));
        }
    }

    /// <summary>(quotes, value) per organization id, most valuable first.</summary>
    public IReadOnlyList<(int OrganizationId, int Quotes, long Value)> Customers =>
        _quotes.Where(q => q.Status is QuoteStatus.Accepted or QuoteStatus.DepositPaid && InRange(q.Acceptance?.AcceptedUtc) && _latest.ContainsKey(q.Id))
            .GroupBy(q => q.OrganizationId).Select(g => (g.Key, g.Count(), g.Sum(ValueOf)))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Key).ToList();

    public IReadOnlyList<(int OrganizationId, int Quotes, long Value)> TopCustomers => Customers.Take(10).ToList();

    /// <summary>The references of the deposits the figures count: paid or refunded in the range, or due.</summary>
    public IReadOnlySet<string> CountedDeposits =>
        _deposits.Where(d => InRange(d.PaidUtc) || (d.State is DepositState.Refunded or DepositState.RefundOwed && InRange(d.RefundedUtc ?? d.UpdatedUtc))
                             || d.State == DepositState.Due)
            .Select(d => d.Reference).ToHashSet();

    public ResponseTimes Times
    {
        get
        {
            var ids = _quotes.Select(q => q.Id).ToHashSet();
            var toIssue = _revisions.Where(r => r.Number == 1 && ids.Contains(r.QuoteId) && InRange(r.IssuedUtc) && r.SecondsSinceSubmitted is not null)
                .Select(r => r.SecondsSinceSubmitted!.Value).ToList();
            var toAccept = _quotes.Where(q => InRange(q.Acceptance?.AcceptedUtc) && q.Acceptance!.SecondsAfterIssue is not null)
                .Select(q => q.Acceptance!.SecondsAfterIssue!.Value).ToList();
            return new ResponseTimes(Median(toIssue), toIssue.Count, Median(toAccept), toAccept.Count);
        }
    }

    /// <summary>The plain median: the middle value, or the mean of the two middle ones.</summary>
    private static TimeSpan? Median(List<long> seconds)
    {
        if (seconds.Count == 0)
        {
            return null;
        }
        var sorted = seconds.Order().ToList();
        var middle = sorted.Count / 2;
        return TimeSpan.FromSeconds(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    public int SubmittedQuotes => _quotes.Count(q => InRange(q.SubmittedUtc));
}
