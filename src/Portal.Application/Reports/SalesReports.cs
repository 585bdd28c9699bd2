using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>
/// Builds the sales dashboard in the database: every figure is a grouped query (counts and sums), never a load of the
/// rows. Admins see every quote; a salesperson the quotes it works on (claimed), and their deposits. Supply against
/// demand and the waitlist are the vendor's, the same for both.
/// </summary>
public sealed class SalesReports(IPortalDb db, SupplyReport supply, WaitlistReport waitlist, VendorProfile vendor, TimeProvider clock)
{
    private const int Listed = 10;

    public async Task<SalesReport> BuildAsync(ReportFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var scope = ReportScope.Quotes(db, filter, actor);
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var issued = scope.Where(q => q.IssuedUtc >= from && q.IssuedUtc < to);
        return new SalesReport(
            filter,
            vendor.Currency,
            await PipelineAsync(scope.Where(q => q.SubmittedUtc >= from && q.SubmittedUtc < to), cancellationToken),
            await PerMonthAsync(issued, cancellationToken),
            await WinRateAsync(issued, cancellationToken),
            await DeclinesAsync(scope, filter, cancellationToken),
            await DiscountsAsync(issued, cancellationToken),
            await DepositsAsync(ReportScope.Deposits(db, scope, filter, actor), filter, cancellationToken),
            await TopCustomersAsync(scope.Where(q => q.Acceptance!.AcceptedUtc >= from && q.Acceptance.AcceptedUtc < to), cancellationToken),
            await supply.RowsAsync(filter.Family, clock.GetUtcNow().UtcDateTime, cancellationToken),
            await TimesAsync(scope, filter, cancellationToken),
            await waitlist.BuildAsync(filter, cancellationToken));
    }

    private IQueryable<QuoteRevision> Latest => ReportScope.LatestRevisions(db);

    private async Task<IReadOnlyList<PipelineRow>> PipelineAsync(IQueryable<Quote> submitted, CancellationToken cancellationToken)
    {
        var counts = await submitted.GroupBy(q => q.Status).Select(g => new { Status = g.Key, Quotes = g.Count() }).ToListAsync(cancellationToken);
        var values = await (from q in submitted
                            join r in Latest on q.Id equals r.QuoteId
                            group r.TotalMinorUnits by q.Status into g
                            select new { Status = g.Key, Value = g.Sum() }).ToListAsync(cancellationToken);
        return counts.Select(c => new PipelineRow(c.Status, c.Quotes, values.SingleOrDefault(v => v.Status == c.Status)?.Value ?? 0))
            .OrderBy(r => r.Status).ToList();
    }

    private async Task<IReadOnlyList<MonthValue>> PerMonthAsync(IQueryable<Quote> issued, CancellationToken cancellationToken) =>
        (await (from q in issued
                join r in Latest on q.Id equals r.QuoteId
                group r.TotalMinorUnits by new { q.IssuedUtc!.Value.Year, q.IssuedUtc.Value.Month } into g
                select new { g.Key.Year, g.Key.Month, Quotes = g.Count(), Value = g.Sum() }).ToListAsync(cancellationToken))
        .Select(m => new MonthValue(m.Year, m.Month, m.Quotes, m.Value)).OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();

    private static async Task<WinRate> WinRateAsync(IQueryable<Quote> issued, CancellationToken cancellationToken)
    {
        var counts = await issued.GroupBy(q => q.Status).Select(g => new { Status = g.Key, Quotes = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Quotes, cancellationToken);
        int Of(params QuoteStatus[] statuses) => statuses.Sum(s => counts.GetValueOrDefault(s));
        var accepted = Of(QuoteStatus.Accepted, QuoteStatus.DepositPaid);
        var (declined, expired, cancelled) = (Of(QuoteStatus.Declined), Of(QuoteStatus.Expired), Of(QuoteStatus.Cancelled));
        var all = counts.Values.Sum();
        return new WinRate(all, accepted, declined, expired, cancelled, all - accepted - declined - expired - cancelled);
    }

    /// <summary>The customers' reasons for the declines in the range, newest first.</summary>
    private async Task<IReadOnlyList<DeclineReason>> DeclinesAsync(IQueryable<Quote> scope, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return await (from e in db.AuditEvents
                      where e.EntityType == QuoteAudit.EntityType && e.Action == "Declined" && e.OccurredUtc >= start && e.OccurredUtc < end
                      join q in scope on e.EntityId equals q.Id.ToString()
                      join o in db.Organizations on q.OrganizationId equals o.Id
                      orderby e.OccurredUtc descending
                      select new DeclineReason(q.Id, q.Number, o.Name, e.OccurredUtc, e.Reason ?? ""))
            .Take(Listed).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<SalesDiscount>> DiscountsAsync(IQueryable<Quote> issued, CancellationToken cancellationToken)
    {
        var rows = await (from q in issued
                          join r in Latest on q.Id equals r.QuoteId
                          group r by q.ClaimedById into g
                          select new { Staff = g.Key, Quotes = g.Count(), List = g.Sum(r => r.ListTotalMinorUnits), Discount = g.Sum(r => r.SalesDiscountMinorUnits) })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Staff).ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return rows.Select(r => new SalesDiscount(r.Staff is { } id ? names.GetValueOrDefault(id, "A former colleague") : "Nobody", r.Quotes, r.List, r.Discount))
            .OrderByDescending(r => r.DiscountMinorUnits).ThenBy(r => r.Salesperson, StringComparer.Ordinal).ToList();
    }

    private static async Task<DepositFigures> DepositsAsync(IQueryable<Deposit> deposits, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.FromUtc, filter.ToUtc);
        var paid = await TotalAsync(deposits.Where(d => d.PaidUtc >= from && d.PaidUtc < to), cancellationToken);
        var refunded = await TotalAsync(deposits.Where(d => DepositStates.Refunded.Contains(d.State)
            && (d.RefundedUtc ?? d.UpdatedUtc) >= from && (d.RefundedUtc ?? d.UpdatedUtc) < to), cancellationToken);
        var due = await TotalAsync(deposits.Where(d => d.State == DepositState.Due), cancellationToken);
        return new DepositFigures(paid.Count, paid.Sum, refunded.Count, refunded.Sum, due.Count, due.Sum);
    }

    /// <summary>How many deposits and their amount, in one aggregate query.</summary>
    private static async Task<(int Count, long Sum)> TotalAsync(IQueryable<Deposit> deposits, CancellationToken cancellationToken)
    {
        var total = await deposits.GroupBy(d => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(d => d.AmountMinorUnits) }).SingleOrDefaultAsync(cancellationToken);
        return (total?.Count ?? 0, total?.Sum ?? 0);
    }

    private async Task<IReadOnlyList<CustomerValue>> TopCustomersAsync(IQueryable<Quote> accepted, CancellationToken cancellationToken) =>
        (await (from q in accepted
                where q.Status == QuoteStatus.Accepted || q.Status == QuoteStatus.DepositPaid
                join r in Latest on q.Id equals r.QuoteId
                join o in db.Organizations on q.OrganizationId equals o.Id
                group r.TotalMinorUnits by new { o.Id, o.Name } into g
                select new { g.Key.Id, g.Key.Name, Quotes = g.Count(), Value = g.Sum() })
            .OrderByDescending(c => c.Value).Take(Listed).ToListAsync(cancellationToken))
        .Select(c => new CustomerValue(c.Id, c.Name, c.Quotes, c.Value)).ToList();

    private async Task<ResponseTimes> TimesAsync(IQueryable<Quote> scope, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        var toIssue = from r in db.QuoteRevisions
                      where r.Number == 1 && r.IssuedUtc >= start && r.IssuedUtc < end && r.SecondsSinceSubmitted != null
                      join q in scope on r.QuoteId equals q.Id
                      select r.SecondsSinceSubmitted!.Value;
        var toAccept = scope.Where(q => q.Acceptance!.AcceptedUtc >= start && q.Acceptance.AcceptedUtc < end && q.Acceptance.SecondsAfterIssue != null)
            .Select(q => q.Acceptance!.SecondsAfterIssue!.Value);
        var (issue, issued) = await Medians.OfAsync(toIssue, cancellationToken);
        var (accept, accepted) = await Medians.OfAsync(toAccept, cancellationToken);
        return new ResponseTimes(issue, issued, accept, accepted);
    }

    /// <summary>"1 Jan 2026 – 31 Mar 2026", for headings and file names.</summary>
    public static string Describe(ReportFilter filter) =>
        string.Create(CultureInfo.InvariantCulture, $"{filter.From:d MMM yyyy} – {filter.To:d MMM yyyy}");
}
