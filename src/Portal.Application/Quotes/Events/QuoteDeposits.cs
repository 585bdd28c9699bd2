using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>
/// The quote's side of its deposit. Paid: the quote takes its step to DepositPaid, its held supply is committed, and the
/// customer and sales are told. Cancelled after the deposit (the deposit refunded or owed back by then): the supply goes
/// back, and both sides are told what happens to the money.
/// </summary>
public sealed class QuoteDeposits(IPortalDb db, AllocationHolds holds, QuoteMail mail, Acting acting) : IHandles<DepositPaid>, IHandles<CancelledAfterDeposit>
{
    public async Task HandleAsync(DepositPaid happened, CancellationToken cancellationToken)
    {
        var deposit = happened.Deposit;
        if (deposit.QuoteId is not { } quoteId)
        {
            return;
        }
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken);
        quote.ConfirmDeposit($"{deposit.Amount}, {happened.How}", happened.OccurredUtc);
        await holds.CommitAsync(quote, cancellationToken);
        await mail.ToPayerAsync(quote, deposit, $"Deposit received for {quote.Number}",
            $"we received the deposit of {deposit.Amount} on your quote {quote.Number} (reference {deposit.Reference}). The supply on it is now committed to your order; the deposit's invoice is attached for your records.\n",
            cancellationToken);
        await mail.ToStaffAsync(quote, $"Deposit paid on {quote.Number}",
            $"The deposit of {deposit.Amount} on {quote.Number} is paid (reference {deposit.Reference}); its supply is committed.\n", cancellationToken);
    }

    public async Task HandleAsync(CancelledAfterDeposit happened, CancellationToken cancellationToken)
    {
        var quote = happened.Quote;
        var deposit = await db.Deposits.SingleAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        await holds.ReleaseAsync(quote, cancellationToken);
        var refund = deposit.State == DepositState.Refunded
            ? $"The deposit of {deposit.Amount} has been refunded to the card it was paid with; it shows on your statement within a few days."
            : $"The deposit of {deposit.Amount} you paid by bank transfer will be transferred back to you by our finance team.";
        var by = acting.Actor.Name;
        await mail.ToRequesterAsync(quote, $"Quote {quote.Number} cancelled", $"{by} cancelled your quote {quote.Number}: {happened.Reason}\n\n{refund}\n", cancellationToken);
        await mail.ToStaffAsync(quote, $"Quote {quote.Number} cancelled with a refund", $"{by} cancelled {quote.Number}. {refund}\n", cancellationToken);
    }
}
