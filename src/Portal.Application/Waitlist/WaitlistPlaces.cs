using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// The places of a product's line before and after a step (a join, a change, a leave, an admin's move): each entry the
/// step moved far notes it (<see cref="WaitlistEntry.NotePlaceChanged"/>), and its owner hears of a large move.
/// </summary>
public sealed class WaitlistPlaces(IPortalDb db, TimeProvider clock)
{
    /// <summary>The places of a product's active entries as saved now.</summary>
    public async Task<IReadOnlyDictionary<int, WaitlistPlace>> OfAsync(int productId, CancellationToken cancellationToken = default) =>
        WaitlistLine.Places(await ActiveOf(productId).AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>
    /// Read once the step is saved: has each entry whose place differs from <paramref name="before"/> note its move, to be
    /// saved with the caller's next save; answers the places now.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, WaitlistPlace>> NoteMovesAsync(int productId, IReadOnlyDictionary<int, WaitlistPlace> before,
        CancellationToken cancellationToken = default)
    {
        var after = await OfAsync(productId, cancellationToken);
        var moved = after.Where(p => before.TryGetValue(p.Key, out var old) && WaitlistEntry.IsNoticeableMove(old.Position, p.Value.Position))
            .ToDictionary(p => p.Key, p => (From: before[p.Key].Position, To: p.Value.Position));
        var ids = moved.Keys.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in await db.WaitlistEntries.Include(e => e.Product).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            entry.NotePlaceChanged(moved[entry.Id].From, moved[entry.Id].To, now);
        }
        return after;
    }

    private IQueryable<WaitlistEntry> ActiveOf(int productId) =>
        db.WaitlistEntries.Where(e => e.ProductId == productId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered));
}
