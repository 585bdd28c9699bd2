using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>A quote with the list price of its lines (racks with their components, products), before the volume tier and any discount.</summary>
public sealed class QuoteAtListPrice
{
    public Quote Quote { get; init; } = null!;

    public long ListValueMinorUnits { get; init; }
}

/// <summary>
/// What the pipeline counts a quote at before it is issued: the list price of its lines. The sales days know only issued
/// totals, so the dashboard reads these apart, and the pipeline export beside each quote.
/// </summary>
public static class PipelineEstimates
{
    public static IQueryable<QuoteAtListPrice> AtListPrice(this IQueryable<Quote> quotes) =>
        quotes.Select(q => new QuoteAtListPrice
        {
            Quote = q,
            ListValueMinorUnits = q.Racks.Sum(r => r.RackCount * (r.Rack!.ListPriceMinorUnits + r.Components.Sum(c => c.Quantity * c.Product!.ListPriceMinorUnits)))
                                  + q.Products.Sum(p => p.Quantity * p.Product!.ListPriceMinorUnits),
        });

    /// <summary>The quotes submitted in the range, never issued and still before issue, at their list price, summed by status.</summary>
    public static async Task<Dictionary<QuoteStatus, long>> ByStatusAsync(IQueryable<Quote> scope, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return (await scope.AsNoTracking()
                .Where(q => q.SubmittedUtc >= start && q.SubmittedUtc < end && q.IssuedTotalMinorUnits == null && QuoteStatusRules.BeforeIssue.Contains(q.Status))
                .AtListPrice().Select(e => new { e.Quote.Status, e.ListValueMinorUnits })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Sum(e => e.ListValueMinorUnits));
    }
}
