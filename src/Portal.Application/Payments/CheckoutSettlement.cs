using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Applies a checkout session, as the provider sees it now, to its deposit: paid for exactly what is due confirms the
/// deposit (and commits the quote's supply or secures the reservation); paid for anything else is refused and noted;
/// expired closes it for a new try. The webhook and the reconciliation job both come here, inside their transaction,
/// so whichever is first confirms and the other finds the deposit paid; the mails it queues commit with it.
/// </summary>
public sealed class CheckoutSettlement(IPortalDb db, DepositSubjects subjects, TimeProvider clock)
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
        var outcome = await ApplyAsync(deposit, session, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Applies the session, and queues the mails it calls for, inside the caller's transaction; answers what it did.</summary>
    public async Task<string> ApplyAsync(Deposit deposit, CheckoutSession session, Actor actor, CancellationToken cancellationToken)
    {
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
        if (!deposit.IsDue)
        {
            subjects.NoteUnexpected(deposit, session.Amount, $"checkout session {session.Id}");
            await subjects.TellMismatchAsync(deposit, cancellationToken);
            return $"Refused: paid while {Deposit.Describe(deposit.State)}.";
        }
        if (!deposit.IsCoveredBy(session.Amount))
        {
            subjects.NoteMismatch(deposit, session.Amount, $"checkout session {session.Id}");
            await subjects.TellMismatchAsync(deposit, cancellationToken);
            return $"Refused: {session.Amount} paid, {deposit.Amount} due.";
        }
        deposit.ConfirmCardPayment(session.PaymentIntentId ?? session.Id, session.Amount, now);
        await subjects.ApplyPaymentAsync(deposit, actor, $"paid by card, checkout session {session.Id}", cancellationToken);
        return $"{deposit.Reference} paid: {session.Amount}.";
    }
}
