using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.Application.Reports;

/// <summary>
/// The sales figures of one range, family and viewer, each a grouped query in the database (counts and sums), never a
/// load of the rows; the counts and values are summed from the sales days (see <see cref="SalesDay"/>). Admins count
/// every quote; a salesperson the quotes it works on (claimed), and their deposits. The dashboard shows them all; each
/// export asks for one.
/// </summary>
public sealed class SalesFigures
{
    private readonly IPortalDb _db;
    private readonly ReportFilter _filter;
    private readonly IQueryable<Quote> _scope;
    private readonly IQueryable<Deposit> _deposits;
    private readonly SalesDaySource _days;
    private readonly bool _coversEverything;
    private Task<List<IssuedGroup>>? _issued;

    internal SalesFigures(IPortalDb db, ReportFilter filter, Actor actor)
    {
        actor.EnsureStaff();
        (_db, _filter) = (db, filter);
        _scope = ReportScope.Quotes(db, filter, actor);
        _deposits = ReportScope.Deposits(db, filter, actor);
        _days = ReportScope.Days(db, filter, actor);
        _coversEverything = ReportScope.CoversEverything(filter, actor);
    }

    private DateTime From => _filter.FromUtc;

    private DateTime To => _filter.ToUtc;

    /// <summary>The quotes submitted in the range by status: issued ones at their issued total, those not issued yet at their estimate.</summary>
    public async Task<IReadOnlyList<PipelineRow>> PipelineAsync(CancellationToken cancellationToken)
    {
        var kept = await _days.Submitted.GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Quotes = g.Sum(d => d.Submitted), Value = g.Sum(d => d.SubmittedValueMinorUnits) })
            .ToListAsync(cancellationToken);
        var estimates = await PipelineEstimates.ByStatusAsync(_scope, _filter, cancellationToken);
        return kept.Where(p => p.Quotes > 0).Select(p => new PipelineRow(p.Status, p.Quotes, p.Value + estimates.GetValueOrDefault(p.Status)))
            .OrderBy(r => r.Status).ToList();
    }


    public async Task<IReadOnlyList<MonthValue>> PerMonthAsync(CancellationToken cancellationToken) =>
        (await IssuedAsync(cancellationToken))
        .GroupBy(i => (i.Year, i.Month))
        .Select(g => new MonthValue(g.Key.Year, g.Key.Month, g.Sum(i => i.Quotes), g.Sum(i => i.Value)))
        .OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();

    public async Task<WinRate> WinRateAsync(CancellationToken cancellationToken)
    {
        var issued = await IssuedAsync(cancellationToken);
        int Of(params QuoteStatus[] statuses) => issued.Where(i => statuses.Contains(i.Status)).Sum(i => i.Quotes);
        var accepted = Of(QuoteStatus.Accepted, QuoteStatus.DepositPaid);
        var (declined, expired, cancelled) = (Of(QuoteStatus.Declined), Of(QuoteStatus.Expired), Of(QuoteStatus.Cancelled));
        var all = issued.Sum(i => i.Quotes);
        return new WinRate(all, accepted, declined, expired, cancelled, all - accepted - declined - expired - cancelled);
    }

    /// <summary>
    /// The quotes issued in the range, counted and summed by month, status and salesperson in one grouped query: a few
    /// rows from which the value per month, the win rate and the discounts are folded. Read once per figures.
    /// </summary>
    private Task<List<IssuedGroup>> IssuedAsync(CancellationToken cancellationToken) =>
        _issued ??= _days.Issued.Where(d => d.Issued > 0)
            .GroupBy(d => new { d.Day.Year, d.Day.Month, d.Status, d.SalespersonId })
            .Select(g => new IssuedGroup(g.Key.Year, g.Key.Month, g.Key.Status, g.Key.SalespersonId, g.Sum(d => d.Issued),
                g.Sum(d => d.IssuedValueMinorUnits), g.Sum(d => d.IssuedListMinorUnits), g.Sum(d => d.IssuedDiscountMinorUnits)))
            .ToListAsync(cancellationToken);

    /// <summary>Issued quotes of a month, status and salesperson ("" for nobody).</summary>
    private sealed record IssuedGroup(int Year, int Month, QuoteStatus Status, string SalespersonId, int Quotes, long Value, long List, long Discount);

    /// <summary>The customers' reasons for the declines in the range, newest first; the first <paramref name="top"/>, or all of them one at a time.</summary>
    public IAsyncEnumerable<DeclineReason> DeclinesAsync(int? top)
    {
        var declines = from q in _scope
                       where q.DeclinedUtc >= From && q.DeclinedUtc < To
                       join o in _db.Organizations on q.OrganizationId equals o.Id
                       orderby q.DeclinedUtc descending, q.Id descending
                       select new DeclineReason(q.Id, q.Number, o.Name, q.DeclinedUtc!.Value, q.DeclineReason ?? "");
        return (top is { } count ? declines.Take(count) : declines).AsSingleQuery().AsAsyncEnumerable();
    }

    public async Task<IReadOnlyList<SalesDiscount>> DiscountsAsync(CancellationToken cancellationToken)
    {
        var rows = (await IssuedAsync(cancellationToken)).GroupBy(i => i.SalespersonId)
            .Select(g => new { Staff = g.Key, Quotes = g.Sum(i => i.Quotes), List = g.Sum(i => i.List), Discount = g.Sum(i => i.Discount) })
            .ToList();
        var ids = rows.Select(r => r.Staff).ToList();
        var names = await _db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        return rows.Select(r => new SalesDiscount(r.Staff is "" ? "Nobody" : names.GetValueOrDefault(r.Staff, "A former colleague"), r.Quotes, r.List, r.Discount))
            .OrderByDescending(r => r.DiscountMinorUnits).ThenBy(r => r.Salesperson, StringComparer.Ordinal).ToList();
    }

    public async Task<DepositFigures> DepositsAsync(CancellationToken cancellationToken)
    {
        var paid = await TotalAsync(_deposits.PaidIn(_filter), cancellationToken);
        var refunded = await TotalAsync(_deposits.RefundedIn(_filter), cancellationToken);
        var due = await TotalAsync(_deposits.DueNow(), cancellationToken);
        return new DepositFigures(paid.Count, paid.Sum, refunded.Count, refunded.Sum, due.Count, due.Sum);
    }

    /// <summary>How many deposits and their amount, in one aggregate query.</summary>
    private static async Task<(int Count, long Sum)> TotalAsync(IQueryable<Deposit> deposits, CancellationToken cancellationToken)
    {
        var total = await deposits.GroupBy(d => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(d => d.AmountMinorUnits) }).SingleOrDefaultAsync(cancellationToken);
        return (total?.Count ?? 0, total?.Sum ?? 0);
    }

    /// <summary>The customers by the value of the quotes they accepted in the range, highest first.</summary>
    public async Task<IReadOnlyList<CustomerValue>> CustomersAsync(int? top, CancellationToken cancellationToken)
    {
        var customers = from d in _days.Accepted
                        where d.Accepted > 0 && (d.Status == QuoteStatus.Accepted || d.Status == QuoteStatus.DepositPaid)
                        join o in _db.Organizations on d.OrganizationId equals o.Id
                        group d by new { o.Id, o.Name } into g
                        select new { g.Key.Id, g.Key.Name, Quotes = g.Sum(d => d.Accepted), Value = g.Sum(d => d.AcceptedValueMinorUnits) };
        var ordered = customers.OrderByDescending(c => c.Value).ThenBy(c => c.Id);
        return (await (top is { } count ? ordered.Take(count) : ordered).ToListAsync(cancellationToken))
            .Select(c => new CustomerValue(c.Id, c.Name, c.Quotes, c.Value)).ToList();
    }

    public async Task<ResponseTimes> TimesAsync(CancellationToken cancellationToken)
    {
        var firstIssues = _db.QuoteRevisions.Where(r => r.Number == 1 && r.IssuedUtc >= From && r.IssuedUtc < To && r.SecondsSinceSubmitted != null);
        if (!_coversEverything)
        {
            firstIssues = firstIssues.Where(r => _scope.Any(q => q.Id == r.QuoteId));
        }
        var toIssue = firstIssues.Select(r => r.SecondsSinceSubmitted!.Value);
        var toAccept = (_coversEverything ? _db.Quotes : _scope)
            .Where(q => q.Acceptance!.AcceptedUtc >= From && q.Acceptance.AcceptedUtc < To && q.Acceptance.SecondsAfterIssue != null)
            .Select(q => q.Acceptance!.SecondsAfterIssue!.Value);
        var (issue, issued) = await Medians.OfAsync(toIssue, cancellationToken);
        var (accept, accepted) = await Medians.OfAsync(toAccept, cancellationToken);
        return new ResponseTimes(issue, issued, accept, accepted);
    }
}
