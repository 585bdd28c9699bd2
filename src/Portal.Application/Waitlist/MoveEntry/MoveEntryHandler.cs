using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.MoveEntry;

/// <summary>An admin moves a waiting entry to another place in its line, with a reason that the audit log keeps.</summary>
public sealed class MoveEntryHandler(IPortalDb db, IValidator<MoveEntryCommand> validator, WaitlistPlaces places, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(MoveEntryCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!acting.As(actor).IsAdmin)
        {
            throw new NotAllowedException("Only admins move entries on the waitlist.");
        }
        var entry = await db.WaitlistEntries.SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken) ?? throw new NotFoundException("The waitlist entry");
        entry.EnsureUnchangedSince(command.SeenVersion);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var others = WaitlistLine.InOrder(await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.ProductId == entry.ProductId && e.Id != entry.Id && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
                .ToListAsync(cancellationToken))
            .Where(e => entry.Quarter is not { } q || e.Wants(q))
            .ToList();
        var lineLength = others.Count + 1;
        if (command.Position is not { } to || to < 1 || to > lineLength)
        {
            return Result.Fail(nameof(command.Position), $"Choose a place from 1 to {lineLength}.");
        }
        var before = await places.OfAsync(entry.ProductId, cancellationToken);
        var from = new PlaceInLine(before[entry.Id].Position, lineLength);
        var (priority, queued) = PlaceBetween(entry, to == 1 ? null : others[to - 2], to > others.Count ? null : others[to - 1]);
        var moved = new PlaceInLine(WaitlistLine.PositionAmong(others, priority, queued, entry.Id), lineLength);
        entry.MoveTo(priority, queued, from, moved, command.Reason!.Trim(), clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await places.NoteMovesAsync(entry.ProductId, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

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
