using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// Tells the owners of entries whose place in line moved by more than five places, after a join, a change or an admin's
/// move: read once the move is saved, inside its transaction, and queued for the transaction's last save.
/// </summary>
public sealed class WaitlistNotices(IPortalDb db, WaitlistMail mail)
{
    public const int NoticeablePlaces = 5;

    /// <summary>The places of a product's active entries now.</summary>
    public async Task<IReadOnlyDictionary<int, WaitlistPlace>> PlacesAsync(int productId, CancellationToken cancellationToken = default) =>
        WaitlistLine.Places(await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.ProductId == productId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .ToListAsync(cancellationToken));

    /// <summary>Queues a mail to each entry that moved more than five places since <paramref name="before"/>; answers the places now.</summary>
    public async Task<IReadOnlyDictionary<int, WaitlistPlace>> TellMovedAsync(int productId, IReadOnlyDictionary<int, WaitlistPlace> before,
        CancellationToken cancellationToken = default)
    {
        var after = await PlacesAsync(productId, cancellationToken);
        var moved = after.Where(p => before.TryGetValue(p.Key, out var old) && Math.Abs(p.Value.Position - old.Position) > NoticeablePlaces)
            .ToDictionary(p => p.Key, p => (From: before[p.Key].Position, To: p.Value.Position));
        if (moved.Count == 0)
        {
            return after;
        }
        var ids = moved.Keys.ToList();
        var entries = await db.WaitlistEntries.AsNoTracking().Include(e => e.Product).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var (from, to) = moved[entry.Id];
            await mail.ToJoinerAsync(entry, $"Your place on the waitlist for {entry.Product!.Name} changed",
                $"your place in line for {entry.Quantity} × {entry.Product.Name} moved from {from} to {to}.\n", cancellationToken);
        }
        return after;
    }
}
