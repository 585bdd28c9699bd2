using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Issue;
using Portal.Application.Quotes.Review;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Compliance.Exports;

/// <summary>
/// A compliance officer decides a quote held for an export licence: cleared with the licence's number and expiry, it
/// is issued at once with the licence in its evidence; refused, with a reason, it ends as rejected. The quote records
/// both, and its save audits them and tells whom they concern.
/// </summary>
public sealed class ExportHoldsHandler(IPortalDb db, IssueQuoteHandler issue, Acting acting, TimeProvider clock)
{
    public async Task<Result> ClearAsync(int quoteId, string? licenceNumber, DateTime? licenceExpires, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await HeldAsync(quoteId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(licenceNumber) || licenceNumber.Trim().Length > Quote.LicenceNumberMaxLength)
        {
            return Result.Fail("LicenceNumber", $"Licence number is required, at most {Quote.LicenceNumberMaxLength} characters.");
        }
        if (licenceExpires is not { } expires || expires.Date <= now.Date || expires.Date > now.Date.AddYears(Quote.LicenceMaxYears))
        {
            return Result.Fail("LicenceExpires", $"Licence valid until is required and must be a day after today, at most {Quote.LicenceMaxYears} years ahead.");
        }
        try
        {
            quote.ClearExport(licenceNumber, DateTime.SpecifyKind(expires.Date.AddDays(1).AddTicks(-1), DateTimeKind.Utc), now);
            await issue.IssueClearedAsync(quote, actor, cancellationToken);
        }
        catch (DomainException refused)
        {
            return Result.Fail("", refused.Message);
        }
        return Result.Success;
    }

    public async Task<Result> RefuseAsync(int quoteId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await HeldAsync(quoteId, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Quote.DeclineReasonMaxLength)
        {
            return Result.Fail("Reason", "Say why the export is refused; the customer and sales are told.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        quote.RefuseExport(reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private async Task<Quote> HeldAsync(int quoteId, CancellationToken cancellationToken) =>
        await db.Quotes.WithLines().SingleOrDefaultAsync(q => q.Id == quoteId && q.Status == QuoteStatus.ComplianceHold, cancellationToken)
        ?? throw new NotFoundException("The quote on hold");
}
