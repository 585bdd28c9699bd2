using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Expiry;

/// <summary>
/// Expires issued quotes whose validity has passed and gives back the supply they held, one transaction each. A quote
/// the customer answered or someone cancelled meanwhile fails its save on the version check and is left as it is.
/// </summary>
public sealed class QuoteExpiry(IPortalDb db, AllocationHolds holds, TimeProvider clock) : IPortalJob
{
    private const int Batch = 200;

    public string Name => "Quote expiry";

    /// <summary>Answers how many quotes expired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Quotes.Where(q => q.Status == QuoteStatus.Issued && q.ValidUntilUtc < now)
            .OrderBy(q => q.ValidUntilUtc).Select(q => q.Id).Take(Batch).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            if (await ExpireAsync(id, now, cancellationToken))
            {
                expired++;
            }
        }
        return expired;
    }

    /// <summary>Whether the quote expired; not when it was answered or cancelled since it was listed.</summary>
    private async Task<bool> ExpireAsync(int id, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var quote = await db.Quotes.WithBuyerApprovals().SingleAsync(q => q.Id == id, cancellationToken);
        if (quote.Status != QuoteStatus.Issued)
        {
            return false;
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Expire(now);
        await holds.ReleaseAsync(quote, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
