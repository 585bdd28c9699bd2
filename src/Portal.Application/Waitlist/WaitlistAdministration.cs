using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>An admin moves a waiting entry to another place in its line, with a reason that the audit log keeps.</summary>
public sealed class WaitlistAdministration(IPortalDb db, WaitlistNotices notices, TimeProvider clock)
{
    /// <param name="position">The place to take, counted in the line of the quarter the entry waits for (all entries for "earliest").</param>
    public async Task<Result> MoveAsync(int entryId, int? seenVersion, int? position, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only admins move entries on the waitlist.");
        }
        var entry = await db.WaitlistEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken) ?? throw new NotFoundException("The waitlist entry");
        entry.EnsureUnchangedSince(seenVersion);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > WaitlistEntry.ReasonMaxLength)
        {
            return Result.Fail("Reason", $"Say why, in at most {WaitlistEntry.ReasonMaxLength} characters: the move is audited.");
        }
        var others = WaitlistLine.InOrder(await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.ProductId == entry.ProductId && e.Id != entry.Id && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
                .ToListAsync(cancellationToken))
            .Where(e => entry.Quarter is not { } q || e.Wants(q))
            .ToList();
        if (position is not { } to || to < 1 || to > others.Count + 1)
        {
            return Result.Fail("Position", $"Choose a place from 1 to {others.Count + 1}.");
        }
        var before = await notices.PlacesAsync(entry.ProductId, cancellationToken);
        var (priority, queued) = PlaceBetween(entry, to == 1 ? null : others[to - 2], to > others.Count ? null : others[to - 1]);
        var now = clock.GetUtcNow().UtcDateTime;
        entry.MoveTo(priority, queued, now);
        var after = WaitlistLine.Places(others.Append(entry));
        db.Audit(now, actor, WaitlistOffers.EntityType, entry.Id.ToString(CultureInfo.InvariantCulture), "Moved",
            PlaceInLine(before[entry.Id], others.Count + 1), PlaceInLine(after[entry.Id], others.Count + 1), why);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notices.TellMovedAsync(entry.ProductId, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    private static string PlaceInLine(WaitlistPlace place, int lineLength) =>
        string.Create(CultureInfo.InvariantCulture, $"place {place.Position} of {lineLength}");

    /// <summary>
    /// The priority and time that sort an entry between two neighbours (either may be missing at an end of the line).
    /// Between two groups of priority it stays in its own group where it can; alone in its line it stays as it is.
    /// </summary>
    private static (int Priority, DateTime QueuedUtc) PlaceBetween(WaitlistEntry entry, WaitlistEntry? ahead, WaitlistEntry? behind) => (ahead, behind) switch
    {
        (null, null) => (entry.Priority, entry.QueuedUtc),
        (null, { } b) => (b.Priority, b.QueuedUtc.AddTicks(-1)),
        ({ } a, null) => (a.Priority, a.QueuedUtc.AddTicks(1)),
        ({ } a, { } b) when a.Priority != b.Priority && entry.Priority == a.Priority => (a.Priority, a.QueuedUtc.AddTicks(1)),
        ({ } a, { } b) when a.Priority != b.Priority => (b.Priority, b.QueuedUtc.AddTicks(-1)),
        ({ } a, { } b) => (a.Priority, new DateTime(a.QueuedUtc.Ticks + (b.QueuedUtc.Ticks - a.QueuedUtc.Ticks) / 2, DateTimeKind.Utc)),
    };
}
