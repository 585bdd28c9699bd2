using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Expiry;

/// <summary>
/// Expires issued quotes whose validity has passed, one save each. A quote the customer answered or someone cancelled
/// meanwhile fails its save on the version check and is left as it is.
/// </summary>
public sealed class ExpireQuotesHandler(IPortalDb db, QuoteMail mail, TimeProvider clock)
{
    private const int Batch = 200;
    private static readonly Actor System = new("system", "Portal", null, new HashSet<string>());

    /// <summary>Answers how many quotes expired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Quotes.Where(q => q.Status == QuoteStatus.Issued && q.ValidUntilUtc < now)
            .OrderBy(q => q.ValidUntilUtc).Take(Batch).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var quote in due)
        {
            quote.Expire(now);
            db.Record(now, System, quote, "Expired", nameof(QuoteStatus.Issued), nameof(QuoteStatus.Expired));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                continue;
            }
            expired++;
            await mail.ToRequesterAsync(quote, $"Quote {quote.Number} has expired",
                string.Create(CultureInfo.InvariantCulture, $"quote {quote.Number} was valid until {quote.ValidUntilUtc:d MMMM yyyy} and has expired. Ask our sales team for a new revision if you still need it.\n"),
                cancellationToken);
        }
        return expired;
    }
}
