using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Payments;
using Portal.Domain.Waitlist;

namespace Portal.Application.Payments;

/// <summary>
/// The deposit of a reservation through the reservation's life, as the waitlist's use cases take each step: asked for
/// when it is made, following its quantity while due, refunded (or no longer asked for) when the customer withdraws it.
/// </summary>
/// <remarks>
/// The waitlist calls these inside its own use cases (Waitlist depends on Payments, never the other way round); once
/// the waitlist entry records its own events (joined, quantity changed, withdrawn), these become Payments handlers of them.
/// </remarks>
public sealed class ReservationDeposits(IPortalDb db, IPaymentGateway gateway, DepositRefunds refunds, Acting acting, TimeProvider clock)
{
    /// <summary>Asks for the deposit of a new reservation (saved with the caller's next save).</summary>
    public Deposit AskFor(WaitlistEntry entry, string productName) =>
        db.Deposits.Add(Deposit.ForReservation(entry, productName, gateway.TakesCards, Now)).Entity;

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

    /// <summary>The deposit of the reservation, if one was asked for.</summary>
    public Task<Deposit?> DepositOfAsync(WaitlistEntry entry, CancellationToken cancellationToken) =>
        db.Deposits.SingleOrDefaultAsync(d => d.WaitlistEntryId == entry.Id, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
