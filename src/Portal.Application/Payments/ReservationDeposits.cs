using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Payments;
using Portal.Domain.Waitlist;

namespace Portal.Application.Payments;

/// <summary>
/// The deposit of a reservation through the reservation's life: asked for when it is made, following its quantity
/// while due, refunded (or no longer asked for) when the customer withdraws it.
/// </summary>
public sealed class ReservationDeposits(IPortalDb db, IPaymentGateway gateway, DepositRefunds refunds, Acting acting, TimeProvider clock)
{
    /// <summary>Asks for the deposit of a new reservation (saved with the caller's next save).</summary>
    public Deposit AskFor(WaitlistEntry entry, string productName) =>
        db.Deposits.Add(Deposit.ForReservation(entry, productName, gateway.TakesCards, Now)).Entity;

    /// <summary>
    /// The deposit of one of the organization's reservations, asked for now if it never was (a reservation made before
    /// the portal took payments); 404 for an entry that is not the organization's, a refusal for one that is no reservation.
    /// </summary>
    public async Task<int> EnsureAsync(int entryId, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var entry = await db.WaitlistEntries.Include(e => e.Product)
                        .SingleOrDefaultAsync(e => e.Id == entryId && e.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The waitlist entry");
        if (await DepositOfAsync(entry, cancellationToken) is { } deposit)
        {
            return deposit.Id;
        }
        if (!entry.IsActive || entry.DepositStatus != DepositStatus.Due)
        {
            throw new Domain.Common.DomainException($"{entry.Reference} has no deposit to pay.");
        }
        var asked = AskFor(entry, entry.Product!.Name);
        await db.SaveChangesAsync(cancellationToken);
        return asked.Id;
    }

    /// <summary>A reservation's quantity changed while its deposit is due: the deposit asks for the new amount.</summary>
    public async Task FollowQuantityAsync(WaitlistEntry entry, string productName, CancellationToken cancellationToken)
    {
        var deposit = await DepositOfAsync(entry, cancellationToken);
        if (deposit is { IsDue: true } && entry.Deposit is { } amount)
        {
            deposit.ChangeAmount(amount, Deposit.ReservationDescription(entry, productName), Now);
        }
    }

    /// <summary>
    /// The customer withdraws the reservation (the caller has moved the entry and saves both): a paid deposit is
    /// refunded first, a due one is no longer asked for.
    /// </summary>
    public async Task SettleOnLeavingAsync(WaitlistEntry entry, Actor actor, CancellationToken cancellationToken)
    {
        acting.As(actor);
        var deposit = await DepositOfAsync(entry, cancellationToken);
        if (deposit is null)
        {
            return;
        }
        if (deposit.State == DepositState.Paid)
        {
            await refunds.RefundAsync(deposit, DepositAudit.ReservationWithdrawn, cancellationToken);
            entry.RefundDeposit(Now);
        }
        else if (deposit.IsDue)
        {
            deposit.Void(DepositAudit.ReservationWithdrawn, Now);
        }
    }

    private Task<Deposit?> DepositOfAsync(WaitlistEntry entry, CancellationToken cancellationToken) =>
        db.Deposits.SingleOrDefaultAsync(d => d.WaitlistEntryId == entry.Id, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
