namespace Portal.Domain.Reports;

/// <summary>
/// How a set of quotes moves the sales days: each quote's days as it is now, less its days as it was; summed by key.
/// A save's moves are what it changes; the moves of every quote from nothing are the sales days rebuilt.
/// </summary>
public sealed class SalesDayMoves
{
    private readonly Dictionary<(DateOnly, Domain.Quotes.QuoteStatus, string, int), SalesDay> _days = [];

    public void Add(SalesFacts? before, SalesFacts? after)
    {
        foreach (var day in before?.Days() ?? [])
        {
            Add(day, -1);
        }
        foreach (var day in after?.Days() ?? [])
        {
            Add(day, +1);
        }
    }

    private void Add(SalesDay day, int sign) => _days[day.Key] = _days.GetValueOrDefault(day.Key, SalesDay.Nothing).Plus(day, sign);

    /// <summary>The days that change, in key order (so that concurrent saves lock their rows in the same order).</summary>
    public IReadOnlyList<SalesDay> Net => _days.Values.Where(d => !d.IsEmpty).OrderBy(d => d.Day).ThenBy(d => d.Status)
        .ThenBy(d => d.SalespersonId, StringComparer.Ordinal).ThenBy(d => d.OrganizationId).ToList();
}
