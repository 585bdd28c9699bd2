using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.ExportHolds;

namespace Portal.Application.Quotes.RefuseExport;

/// <summary>A compliance officer refuses a held quote's export: it ends as rejected, with the reason; its save audits it and tells whom it concerns.</summary>
public sealed class RefuseExportHandler(IPortalDb db, IValidator<RefuseExportCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(RefuseExportCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.HeldForExportAsync(command.QuoteId, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        quote.RefuseExport(command.Reason!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
