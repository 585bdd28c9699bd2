using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes;
using Portal.Application.Waitlist;
using Portal.Application.Webhooks;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Payments;

/// <summary>
/// What happens to the quote or the reservation a deposit is for when the deposit is paid: the quote becomes
/// DepositPaid and its held supply committed, or the reservation is secured, and the customer and sales are told. Runs
/// inside the caller's transaction, whose commit carries the mails with the change.
/// </summary>
public sealed class DepositSubjects(IPortalDb db, Quotes.Holds.AllocationHolds holds, QuoteMail quoteMail, WaitlistMail waitlistMail, WebhookEvents webhooks,
    Acting acting, TimeProvider clock)
{
    public const string EntityType = "Deposit";

    public async Task ApplyPaymentAsync(Deposit deposit, Actor actor, string how, CancellationToken cancellationToken)
    {
        acting.As(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        Audit(deposit, actor, "Paid", nameof(DepositState.Due), nameof(DepositState.Paid), how);
        if (deposit.QuoteId is { } quoteId)
        {
            var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken);
            quote.ConfirmDeposit($"{deposit.Amount}, {how}", now);
            await holds.CommitAsync(quote, cancellationToken);
            await webhooks.DepositConfirmedAsync(deposit, quote, cancellationToken);
            await quoteMail.ToRequesterAsync(quote, $"Deposit received for {quote.Number}",
                $"we received the deposit of {deposit.Amount} on your quote {quote.Number} (reference {deposit.Reference}). The supply on it is now committed to your order.\n",
                cancellationToken);
            await quoteMail.ToStaffAsync(quote, $"Deposit paid on {quote.Number}",
                $"The deposit of {deposit.Amount} on {quote.Number} is paid (reference {deposit.Reference}); its supply is committed.\n", cancellationToken);
        }
        else if (deposit.WaitlistEntryId is { } entryId)
        {
            var entry = await db.WaitlistEntries.SingleAsync(e => e.Id == entryId, cancellationToken);
            entry.SecureDeposit(now);
            db.Record(now, actor, entry, WaitlistAudit.DepositPaid, reason: $"{deposit.Amount}, {how}");
            await webhooks.DepositConfirmedAsync(deposit, null, cancellationToken);
            await waitlistMail.ToJoinerAsync(entry, "Your reservation is secured",
                $"we received the reservation deposit of {deposit.Amount} (reference {deposit.Reference}). Your reservation is secured and will be offered supply first, in reservation order, once the product is released. The deposit is refundable if you withdraw the reservation.\n",
                cancellationToken);
        }
    }

    /// <summary>A payment arrived that is not what the deposit asks for: it stays due, with the problem noted for the customer and audited.</summary>
    public void NoteMismatch(Deposit deposit, Domain.Common.Money paid, string where)
    {
        var problem = $"A payment of {MoneyText.Format(paid, 2)} arrived ({where}), but the deposit asks for {MoneyText.Format(deposit.Amount, 2)}. It was not accepted; our team will contact you.";
        deposit.NoteProblem(problem, clock.GetUtcNow().UtcDateTime);
        Audit(deposit, Actor.System, "Payment refused", nameof(DepositState.Due), nameof(DepositState.Due), problem);
    }

    /// <summary>A payment arrived for a deposit no longer due (paid otherwise, or what it was for was cancelled): noted and audited.</summary>
    public void NoteUnexpected(Deposit deposit, Domain.Common.Money paid, string where)
    {
        var problem = $"A payment of {MoneyText.Format(paid, 2)} arrived ({where}) for deposit {deposit.Reference}, which is {Deposit.Describe(deposit.State)}. It was not applied; our team will contact you.";
        deposit.NoteProblem(problem, clock.GetUtcNow().UtcDateTime);
        Audit(deposit, Actor.System, "Payment refused", deposit.State.ToString(), deposit.State.ToString(), problem);
    }

    /// <summary>Admins sort out a payment that did not match (told with the note): it is at the provider and must be refunded there.</summary>
    public Task TellMismatchAsync(Deposit deposit, CancellationToken cancellationToken) =>
        quoteMail.ToAdminsAsync($"Payment for {deposit.Reference} does not match",
            $"{deposit.Problem}\n\nCheck the payment at the provider and refund it there; the deposit stays {Deposit.Describe(deposit.State)}.\n", cancellationToken);

    public void Audit(Deposit deposit, Actor actor, string action, string? from, string? to, string? reason) =>
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, EntityType, deposit.Reference, action, from, to, reason);
}
