using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Quotes;

namespace Portal.Application.Payments.Events;

/// <summary>An accepted quote cancelled before its deposit arrived no longer asks for it.</summary>
public sealed class VoidDepositOfCancelledQuote(IPortalDb db) : IHandles<QuoteCancelled>
{
    public async Task HandleAsync(QuoteCancelled happened, CancellationToken cancellationToken)
    {
        var quote = happened.Quote;
        var deposit = await db.Deposits.SingleOrDefaultAsync(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision, cancellationToken);
        if (deposit is { IsDue: true })
        {
            deposit.Void(DepositAudit.QuoteCancelled, happened.OccurredUtc);
        }
    }
}
