using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Join;

/// <summary>
/// A customer joins a product's line (a reservation, for a pre-release product, with its deposit asked for). The entry
/// is saved first, so that the database's unique index lets only one of two joins at once in; it then takes its place,
/// and the entries it moved note it, in one transaction. Free supply is offered at once.
/// </summary>
public sealed class JoinWaitlistHandler(
    IPortalDb db,
    IValidator<JoinWaitlistCommand> validator,
    WaitlistPlaces places,
    WaitlistOffers offers,
    ReservationDeposits deposits,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(JoinWaitlistCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var organizationId = actor.CustomerWith(CompanyRoles.Requester); // read before the query: staff are refused with a 403, not a query error
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == Product.NormalizeSku(command.Sku), cancellationToken)
                      ?? throw new NotFoundException("The product");
        if ((OrderingRefusal.Of(organization, "join waitlists") ?? Refusal(product)) is { } refusal)
        {
            return Result<int>.Fail([new FieldError("", refusal)]);
        }
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Fail(validation.ToFieldErrors());
        }
        if (command.Quantity > product.MaxWaitlistQuantity)
        {
            return Result<int>.Fail([new FieldError(nameof(command.Quantity), $"Wait for at most {product.MaxWaitlistQuantity:N0} units of {product.Name}.")]);
        }
        var quarter = command.WantedQuarter;
        var earliest = product.EarliestDelivery(Now);
        if (quarter < earliest)
        {
            return Result<int>.Fail([new FieldError(nameof(command.Quarter),
                $"{product.Name} takes {product.LeadTimeWeeks} weeks to deliver, so {earliest} is the earliest quarter; choose it, a later one, or the earliest with supply.")]);
        }
        var alreadyWaiting = Result<int>.Fail([new FieldError("", $"Your company already waits for {product.Name} in {WaitlistEntry.Describe(quarter)}; change that entry's quantity instead.")]);
        if (await IsWaitingAsync(organization.Id, product.Id, quarter, cancellationToken))
        {
            return alreadyWaiting;
        }

        var before = await places.OfAsync(product.Id, cancellationToken);
        var entry = new WaitlistEntry(organization, actor.UserId, product, command.Quantity!.Value, quarter, Now);
        db.WaitlistEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A join sent twice at once: the database's unique index let only the first in.
            db.ChangeTracker.Clear();
            if (await IsWaitingAsync(organization.Id, product.Id, quarter, cancellationToken))
            {
                return alreadyWaiting;
            }
            throw;
        }
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            if (entry.IsReservation)
            {
                deposits.AskFor(entry, product.Name);
            }
            var after = await places.NoteMovesAsync(product.Id, before, cancellationToken);
            entry.TakePlace(after[entry.Id], Now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
        return Result<int>.Ok(entry.Id);
    }

    /// <summary>Why the product has no line to join, if it has none.</summary>
    private static string? Refusal(Product product) =>
        product.HasWaitlist || product.TakesReservations ? null
        : product.Lifecycle switch
        {
            Lifecycle.PreRelease => WaitlistEntry.TakesNoReservations(product),
            Lifecycle.EndOfLife => $"{product.Name} is at the end of its life and can no longer be ordered.",
            _ => $"{product.Name} is not allocation-limited: order it on a quote request.",
        };

    private Task<bool> IsWaitingAsync(int organizationId, int productId, Quarter? quarter, CancellationToken cancellationToken) =>
        db.WaitlistEntries.AnyAsync(e => e.OrganizationId == organizationId && e.ProductId == productId && e.Quarter == quarter
            && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered), cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
