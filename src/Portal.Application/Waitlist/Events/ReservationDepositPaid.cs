using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Payments;

namespace Portal.Application.Waitlist.Events;

/// <summary>A reservation's deposit is paid: the reservation is secured, and the company's Finance people get the deposit's invoice.</summary>
public sealed class ReservationDepositPaid(IPortalDb db, WaitlistMail mail, Acting acting) : IHandles<DepositPaid>
{
    public async Task HandleAsync(DepositPaid happened, CancellationToken cancellationToken)
    {
        var deposit = happened.Deposit;
        if (deposit.WaitlistEntryId is not { } entryId)
        {
            return;
        }
        var entry = await db.WaitlistEntries.SingleAsync(e => e.Id == entryId, cancellationToken);
        entry.SecureDeposit(happened.OccurredUtc);
        db.Record(happened.OccurredUtc, acting.Actor, entry, WaitlistAudit.DepositPaid, reason: $"{deposit.Amount}, {happened.How}");
        await mail.ToPayersAsync(entry, deposit, "Your reservation is secured",
            $"we received the reservation deposit of {deposit.Amount} (reference {deposit.Reference}). Your company's reservation is secured and will be offered supply first, in reservation order, once the product is released. The deposit is refundable if the reservation is withdrawn. Its invoice is attached for your records.\n",
            cancellationToken);
    }
}
