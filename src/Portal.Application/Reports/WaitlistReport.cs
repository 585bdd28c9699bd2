using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Waitlist;

namespace Portal.Application.Reports;

/// <summary>
/// The waitlist in figures: for each product, the entries in line now and the units they still wait for beyond what is
/// offered; and the median time entries first offered in the range had waited since joining. Grouped queries only.
/// </summary>
public sealed class WaitlistReport(IPortalDb db)
{
    public async Task<WaitlistFigures> BuildAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var products = db.Products.Where(p => filter.Family == null || p.Family == filter.Family);
        var depth = await (from e in db.WaitlistEntries
                           where e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered
                           join p in products on e.ProductId equals p.Id
                           group e by new { p.Sku, p.Name } into g
                           select new WaitlistDepth(g.Key.Sku, g.Key.Name, g.Count(), g.Count(e => e.Status == WaitlistStatus.Offered),
                               g.Count(e => e.IsReservation),
                               g.Sum(e => e.Status == WaitlistStatus.Waiting ? e.Quantity : e.Quantity - (e.OfferedUnits ?? 0))))
            .ToListAsync(cancellationToken);
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        var waits = from e in db.WaitlistEntries
                    where e.FirstOfferedUtc >= start && e.FirstOfferedUtc < end && e.SecondsUntilFirstOffer != null
                    join p in products on e.ProductId equals p.Id
                    select e.SecondsUntilFirstOffer!.Value;
        var (median, offered) = await Medians.OfAsync(waits, cancellationToken);
        return new WaitlistFigures(depth.OrderBy(d => d.Sku, StringComparer.Ordinal).ToList(), median, offered);
    }
}

public sealed record WaitlistFigures(IReadOnlyList<WaitlistDepth> Lines, TimeSpan? MedianWaitUntilOffer, int FirstOffers);

/// <param name="Entries">Entries in line: waiting, or holding an offer.</param>
/// <param name="UnitsWaiting">Units still waited for beyond what is offered.</param>
public sealed record WaitlistDepth(string Sku, string Product, int Entries, int Offered, int Reservations, int UnitsWaiting);
