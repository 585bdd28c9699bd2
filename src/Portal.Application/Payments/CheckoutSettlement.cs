using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Applies a checkout session, as the provider sees it now, to its deposit: paid for exactly what is due confirms the
/// deposit (and commits the quote's supply or secures the reservation); paid for anything else is refused and noted;
/// expired closes it for a new try. The webhook and the reconciliation job both come here, inside their transaction,
/// so whichever is first confirms and the other finds the deposit paid.
/// </summary>
public sealed class CheckoutSettlement(IPortalDb db, DepositSubjects subjects, TimeProvider clock)
{
    /// <summary>The deposit a session is for: the one its metadata names, or the one it is open on.</summary>
    public Task<Deposit?> DepositOfAsync(CheckoutSession session, CancellationToken cancellationToken) =>
        session.DepositId is { } id
            ? db.Deposits.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            : db.Deposits.SingleOrDefaultAsync(d => d.CheckoutSessionId == session.Id, cancellationToken);

    /// <summary>Applies the session in a transaction of its own and, once it is committed, tells whom it concerns; answers what it did.</summary>
    public async Task<string> SettleAsync(Deposit deposit, CheckoutSession session, Actor actor, CancellationToken cancellationToken)
    {
        Settled settled;
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            settled = await ApplyAsync(deposit, session, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (settled.Tell is { } tell)
        {
            await tell(cancellationToken);
        }
        return settled.Outcome;
    }

    /// <summary>Applies the session; answers what it did, and what to tell once the caller's transaction is committed.</summary>
    public async Task<Settled> ApplyAsync(Deposit deposit, CheckoutSession session, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status == CheckoutStatus.Expired)
        {
            deposit.CloseCheckout(session.Id, now);
            return new Settled($"Session {session.Id} expired; {deposit.Reference} is {Deposit.Describe(deposit.State)}.", null);
        }
        if (!session.IsPaid)
        {
            return new Settled($"Session {session.Id} is still open.", null);
        }
        if (!deposit.IsDue && deposit.PaymentIntentId is { } paidBy && paidBy == (session.PaymentIntentId ?? session.Id))
        {
            return new Settled($"{deposit.Reference} is already {Deposit.Describe(deposit.State)}.", null);
        }
        if (!deposit.IsDue)
        {
            subjects.NoteUnexpected(deposit, session.Amount, $"checkout session {session.Id}");
            return new Settled($"Refused: paid while {Deposit.Describe(deposit.State)}.", ct => subjects.TellMismatchAsync(deposit, ct));
        }
        if (!deposit.IsCoveredBy(session.Amount))
        {
            subjects.NoteMismatch(deposit, session.Amount, $"checkout session {session.Id}");
            return new Settled($"Refused: {session.Amount} paid, {deposit.Amount} due.", ct => subjects.TellMismatchAsync(deposit, ct));
        }
        deposit.ConfirmCardPayment(session.PaymentIntentId ?? session.Id, session.Amount, now);
        await subjects.ApplyPaymentAsync(deposit, actor, $"paid by card, checkout session {session.Id}", cancellationToken);
        return new Settled($"{deposit.Reference} paid: {session.Amount}.", ct => subjects.TellPaidAsync(deposit, ct));
    }
}

/// <summary>What settling did, in words, and the mails to send once it is committed (none when nothing changed).</summary>
public sealed record Settled(string Outcome, Func<CancellationToken, Task>? Tell);
