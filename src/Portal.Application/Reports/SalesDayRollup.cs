using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Reports;

namespace Portal.Application.Reports;

/// <summary>
/// The sales days rebuilt from the quotes themselves: for quotes written around the unit of work, as a bulk load does,
/// which the saves' moves never saw. Run it while nothing else writes quotes.
/// </summary>
public static class SalesDayRollup
{
    public static async Task RebuildAsync(IPortalDb db, CancellationToken cancellationToken)
    {
        var days = new SalesDayMoves();
        var quotes = db.Quotes.Where(q => q.SubmittedUtc != null)
            .Select(q => new SalesFacts(q.Status, q.ClaimedById, q.OrganizationId, q.SubmittedUtc, q.IssuedUtc,
                q.Acceptance == null ? null : q.Acceptance.AcceptedUtc, q.IssuedTotalMinorUnits, q.IssuedListMinorUnits, q.IssuedSalesDiscountMinorUnits));
        await foreach (var quote in quotes.AsSingleQuery().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            days.Add(null, quote);
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SalesDays.ExecuteDeleteAsync(cancellationToken);
        db.SalesDays.AddRange(days.Net);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
