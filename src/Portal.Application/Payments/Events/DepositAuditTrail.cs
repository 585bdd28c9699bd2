using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.Events;

/// <summary>Writes each deposit event's audit row, at the time of the step, for the actor of the unit of work.</summary>
public sealed class DepositAuditTrail(IPortalDb db, Acting acting) : IHandles<DepositEvent>
{
    public Task HandleAsync(DepositEvent happened, CancellationToken cancellationToken)
    {
        var (action, reason) = happened switch
        {
            DepositPaid paid => (DepositAudit.Paid, paid.How),
            PaymentRefused refused => (DepositAudit.PaymentRefused, refused.Problem),
            DepositRefunded refunded => (DepositAudit.Refunded, $"{refunded.Why}; refund {refunded.Deposit.RefundId}"),
            RefundedAtProvider => (DepositAudit.RefundedAtProvider, "Refunded outside the portal; what it was for stands until someone cancels it."),
            DepositRefundOwed owed => (DepositAudit.RefundOwed, $"{owed.Why}; paid by bank transfer: finance transfers it back."),
            DepositVoided voided => (DepositAudit.Voided, voided.Why),
            _ => throw new InvalidOperationException($"No audit row is defined for {happened.GetType().Name}."),
        };
        db.Record(happened.OccurredUtc, acting.Actor, happened.Deposit, action, happened.From.ToString(), happened.To.ToString(), reason);
        return Task.CompletedTask;
    }
}
