using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Common;

namespace Portal.Application.Quotes.DescribeDraft;

/// <summary>The customer saves its draft's site (one of its own), delivery quarter and notes.</summary>
public sealed class DescribeDraftHandler(IPortalDb db, IValidator<DescribeDraftCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, DescribeDraftCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        if (command.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == quote.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("The site");
        }
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var quarter = Quarter.TryParse(command.RequestedQuarter, out var parsed) ? parsed : (Quarter?)null;
        quote.Describe(command.SiteId, quarter, command.Notes ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
