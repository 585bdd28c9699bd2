using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Applies a checkout session, as the provider sees it now, to its deposit: paid for exactly what is due confirms the
/// deposit (and commits the quote's supply or secures the reservation); paid for anything else is refused and noted;
/// expired closes it for a new try. The webhook and the reconciliation job both come here, inside their transaction,
/// so whichever is first confirms and the other finds the deposit paid; what follows from the payment (the quote's step,
/// the mails, the audit rows) commits with it, from the deposit's events.
/// </summary>
public sealed class CheckoutSettlement(IPortalDb db, Acting acting, TimeProvider clock)
{
    /// <summary>The deposit a session is for: the one its metadata names, or the one it is open on.</summary>
    public Task<Deposit?> DepositOfAsync(CheckoutSession session, CancellationToken cancellationToken) =>
        session.DepositId is { } id
            ? db.Deposits.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            : db.Deposits.SingleOrDefaultAsync(d => d.CheckoutSessionId == session.Id, cancellationToken);

    /// <summary>Applies the session in a transaction of its own; answers what it did.</summary>
    public async Task<string> SettleAsync(Deposit deposit, CheckoutSession session, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var outcome = Apply(deposit, session, actor);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Applies the session to the deposit, for the caller's transaction to save; answers what it did.</summary>
    public string Apply(Deposit deposit, CheckoutSession session, Actor actor)
    {
        acting.As(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status == CheckoutStatus.Expired)
        {
            deposit.CloseCheckout(session.Id, now);
            return $"Session {session.Id} expired; {deposit.Reference} is {Deposit.Describe(deposit.State)}.";
        }
        if (!session.IsPaid)
        {
            return $"Session {session.Id} is still open.";
        }
        if (!deposit.IsDue && deposit.PaymentIntentId is { } paidBy && paidBy == (session.PaymentIntentId ?? session.Id))
        {
            return $"{deposit.Reference} is already {Deposit.Describe(deposit.State)}.";
        }
        var paid = $"A payment of {MoneyText.Format(session.Amount, 2)} arrived (checkout session {session.Id})";
        if (!deposit.IsDue)
        {
            deposit.RefusePayment($"{paid} for deposit {deposit.Reference}, which is {Deposit.Describe(deposit.State)}. It was not applied; our team will contact you.", now);
            return $"Refused: paid while {Deposit.Describe(deposit.State)}.";
        }
        if (!deposit.IsCoveredBy(session.Amount))
        {
            deposit.RefusePayment($"{paid}, but the deposit asks for {MoneyText.Format(deposit.Amount, 2)}. It was not accepted; our team will contact you.", now);
            return $"Refused: {session.Amount} paid, {deposit.Amount} due.";
        }
        deposit.ConfirmCardPayment(session.PaymentIntentId ?? session.Id, session.Amount, $"paid by card, checkout session {session.Id}", now);
        return $"{deposit.Reference} paid: {session.Amount}.";
    }
}
