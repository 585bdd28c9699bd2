using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.ExportHolds;

public static class HeldQuotes
{
    /// <summary>The quote of that id with its lines, tracked, while it waits for an export licence; any other is not found.</summary>
    public static async Task<Quote> HeldForExportAsync(this IPortalDb db, int quoteId, CancellationToken cancellationToken) =>
        await db.Quotes.WithLines().SingleOrDefaultAsync(q => q.Id == quoteId && q.Status == QuoteStatus.ComplianceHold, cancellationToken)
        ?? throw new NotFoundException("The quote on hold");
}
