using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.ReceiveWebhook;

/// <summary>
/// Handles the provider's webhooks. The signature and age are checked before anything else; each event is stored by its
/// id in the same transaction as its effect, so an event delivered again has no second effect. The event's object is
/// fetched again from the provider and acted on as it stands now, so events that arrive out of order do no harm.
/// </summary>
public sealed class ReceiveWebhookHandler(IPortalDb db, IPaymentGateway gateway, CheckoutSettlement settlement, TimeProvider clock)
{
    public async Task<WebhookOutcome> HandleAsync(ReceiveWebhookCommand command, CancellationToken cancellationToken = default)
    {
        PaymentEvent paymentEvent;
        try
        {
            paymentEvent = gateway.ReadEvent(command.Body, command.Signature);
        }
        catch (InvalidPaymentEventException)
        {
            return WebhookOutcome.Rejected;
        }
        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.Id == paymentEvent.Id, cancellationToken))
        {
            return WebhookOutcome.Duplicate;
        }
        return paymentEvent.Type switch
        {
            PaymentEvent.CheckoutCompleted or PaymentEvent.CheckoutExpired => await SessionChangedAsync(paymentEvent, cancellationToken),
            PaymentEvent.PaymentFailed => await PaymentFailedAsync(paymentEvent, cancellationToken),
            PaymentEvent.ChargeRefunded => await RefundedAsync(paymentEvent, cancellationToken),
            _ => WebhookOutcome.Ignored,
        };
    }

    private async Task<WebhookOutcome> SessionChangedAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        var session = await gateway.GetCheckoutAsync(paymentEvent.ObjectId, cancellationToken);
        var deposit = await settlement.DepositOfAsync(session, cancellationToken);
        return await RecordAsync(paymentEvent, () => deposit is null
            ? $"No deposit for session {session.Id}."
            : settlement.Apply(deposit, session, Actor.System), cancellationToken);
    }

    /// <summary>A declined card: the payer sees it on the deposit's page and may try again, unless a later attempt already succeeded.</summary>
    private async Task<WebhookOutcome> PaymentFailedAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        var stillFailed = await gateway.PaymentFailedAsync(paymentEvent.ObjectId, cancellationToken);
        var deposit = paymentEvent.DepositId is { } id ? await db.Deposits.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) : null;
        return await RecordAsync(paymentEvent, () =>
        {
            if (deposit is not { IsDue: true } || !stillFailed)
            {
                return "Nothing to note: the payment went on or the deposit is settled.";
            }
            deposit.NoteProblem("The last card payment was declined. Nothing was charged; try again, with this card or another.", Now);
            return $"{deposit.Reference}: card declined.";
        }, cancellationToken);
    }

    /// <summary>
    /// A refund made at the provider (ours shows up here too, already recorded): the deposit is marked refunded. While
    /// a refund of ours is in flight, the event waits: if our call's answer is lost, the deposit goes back to paid, and
    /// the event delivered again then records the refund the provider made.
    /// </summary>
    private async Task<WebhookOutcome> RefundedAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken)
    {
        var deposit = paymentEvent.PaymentIntentId is { } intent
            ? await db.Deposits.SingleOrDefaultAsync(d => d.PaymentIntentId == intent, cancellationToken)
            : null;
        if (deposit is { State: DepositState.Refunding })
        {
            return WebhookOutcome.Later;
        }
        return await RecordAsync(paymentEvent, () =>
        {
            if (deposit is not { State: DepositState.Paid })
            {
                return "Refund already recorded, or for no deposit of ours.";
            }
            deposit.RefundAtProvider($"charge {paymentEvent.ObjectId}", Now);
            return $"{deposit.Reference} refunded at the provider.";
        }, cancellationToken);
    }

    /// <summary>
    /// Runs the effect and stores the event in one transaction (with what follows from the deposit's events); an event
    /// stored meanwhile by a concurrent delivery wins.
    /// </summary>
    private async Task<WebhookOutcome> RecordAsync(PaymentEvent paymentEvent, Func<string> effect, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var outcome = effect();
            db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent(paymentEvent.Id, paymentEvent.Type, outcome, Now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ProcessedPaymentEvents.AnyAsync(e => e.Id == paymentEvent.Id, cancellationToken))
            {
                return WebhookOutcome.Duplicate;
            }
            throw;
        }
        return WebhookOutcome.Processed;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
