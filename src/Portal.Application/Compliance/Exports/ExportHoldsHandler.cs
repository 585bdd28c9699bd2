using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Review;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Compliance.Exports;

/// <summary>
/// A compliance officer decides a quote held for an export licence: cleared with the licence's number and expiry, it
/// is issued at once with the licence in its evidence; refused, with a reason, it ends as rejected. Both are audited.
/// </summary>
public sealed class ExportHoldsHandler(IPortalDb db, IssueQuoteHandler issue, QuoteMail mail, TimeProvider clock)
{
    public async Task<Result> ClearAsync(int quoteId, string? licenceNumber, DateTime? licenceExpires, Actor actor, CancellationToken cancellationToken = default)
    {
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
            db.Record(now, actor, quote, "ExportCleared", nameof(QuoteStatus.ComplianceHold), nameof(QuoteStatus.Approved),
                string.Create(CultureInfo.InvariantCulture, $"Licence {quote.ExportLicenceNumber}, valid until {expires:d MMM yyyy}"));
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
        var quote = await HeldAsync(quoteId, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Quote.DeclineReasonMaxLength)
        {
            return Result.Fail("Reason", "Say why the export is refused; the customer and sales are told.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        quote.RefuseExport(now);
        db.Record(now, actor, quote, "ExportRefused", nameof(QuoteStatus.ComplianceHold), nameof(QuoteStatus.Rejected), reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        await mail.ToRequesterAsync(quote, $"Your quote request {quote.Number} cannot be issued",
            $"we cannot issue {quote.Number}: the export of its products to your site was refused.\n\n{reason.Trim()}\n\nOur sales team can tell you more.\n", cancellationToken);
        await mail.ToStaffAsync(quote, $"{quote.Number} refused for export", $"{actor.Name} refused the export of {quote.Number}: {reason.Trim()}\n", cancellationToken);
        return Result.Success;
    }

    private async Task<Quote> HeldAsync(int quoteId, CancellationToken cancellationToken) =>
        await db.Quotes.WithLines().SingleOrDefaultAsync(q => q.Id == quoteId && q.Status == QuoteStatus.ComplianceHold, cancellationToken)
        ?? throw new NotFoundException("The quote on hold");
}
