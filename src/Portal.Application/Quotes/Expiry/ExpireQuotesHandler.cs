using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Holds;
using Portal.Application.Webhooks;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Expiry;

/// <summary>
/// Expires issued quotes whose validity has passed and gives back the supply they held, one transaction each. A quote
/// the customer answered or someone cancelled meanwhile fails its save on the version check and is left as it is.
/// </summary>
public sealed class ExpireQuotesHandler(IPortalDb db, QuoteMail mail, AllocationHolds holds, WebhookEvents webhooks, TimeProvider clock) : IPortalJob
{
    private const int Batch = 200;

    public string Name => "Quote expiry";

    /// <summary>Answers how many quotes expired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Quotes.Where(q => q.Status == QuoteStatus.Issued && q.ValidUntilUtc < now)
            .OrderBy(q => q.ValidUntilUtc).Select(q => q.Id).Take(Batch).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            if (await ExpireAsync(id, now, cancellationToken) is { } quote)
            {
                expired++;
                await mail.ToRequesterAsync(quote, $"Quote {quote.Number} has expired",
                    string.Create(CultureInfo.InvariantCulture, $"quote {quote.Number} was valid until {quote.ValidUntilUtc:d MMMM yyyy} and has expired. Ask our sales team for a new revision if you still need it.\n"),
                    cancellationToken);
            }
        }
        return expired;
    }

    /// <summary>The expired quote, or null when it was answered or cancelled since it was listed.</summary>
    private async Task<Quote?> ExpireAsync(int id, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var quote = await db.Quotes.SingleAsync(q => q.Id == id, cancellationToken);
        if (quote.Status != QuoteStatus.Issued)
        {
            return null;
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Expire(now);
        await holds.ReleaseAsync(quote, cancellationToken);
        db.Record(now, Actor.System, quote, "Expired", nameof(QuoteStatus.Issued), nameof(QuoteStatus.Expired));
        await webhooks.QuoteExpiredAsync(quote, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        await transaction.CommitAsync(cancellationToken);
        return quote;
    }
}
