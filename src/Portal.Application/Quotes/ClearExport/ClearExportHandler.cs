using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.ExportHolds;
using Portal.Application.Quotes.Issue;

namespace Portal.Application.Quotes.ClearExport;

/// <summary>
/// A compliance officer clears a quote held for an export licence with the licence's number and expiry: it is issued at
/// once with the licence in its evidence. The quote records it, and its save audits it and tells whom it concerns; a
/// quote that still cannot be issued (a screening not cleared since) refuses it.
/// </summary>
public sealed class ClearExportHandler(IPortalDb db, QuoteIssuing issuing, IValidator<ClearExportCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ClearExportCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.HeldForExportAsync(command.QuoteId, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        var validUntil = DateTime.SpecifyKind(command.LicenceExpires!.Value.Date.AddDays(1).AddTicks(-1), DateTimeKind.Utc);
        quote.ClearExport(command.LicenceNumber!, validUntil, clock.GetUtcNow().UtcDateTime);
        await issuing.IssueClearedAsync(quote, actor, cancellationToken);
        return Result.Success;
    }
}
