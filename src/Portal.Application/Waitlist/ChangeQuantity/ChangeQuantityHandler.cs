using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;

namespace Portal.Application.Waitlist.ChangeQuantity;

/// <summary>Changes the units an entry waits for: more moves it to the back of its line, fewer keeps its place.</summary>
public sealed class ChangeQuantityHandler(IPortalDb db, CustomerEntries entries, WaitlistPlaces places, ReservationDeposits deposits, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ChangeQuantityCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var entry = await entries.FindAsync(command.EntryId, command.SeenVersion, actor, cancellationToken);
        var product = entry.Product!;
        // The most units depends on the product: checked here rather than by a validator of the command alone.
        if (command.Quantity is not { } units || units < 1 || units > product.MaxWaitlistQuantity)
        {
            return Result.Fail(nameof(command.Quantity), $"Wait for between 1 and {product.MaxWaitlistQuantity:N0} units of {product.Name}.");
        }
        var before = await places.OfAsync(entry.ProductId, cancellationToken);
        entry.ChangeQuantity(units, product.MaxWaitlistQuantity, clock.GetUtcNow().UtcDateTime);
        await deposits.FollowQuantityAsync(entry, product.Name, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await places.NoteMovesAsync(entry.ProductId, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
