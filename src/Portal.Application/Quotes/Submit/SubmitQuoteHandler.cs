using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Configurations;

namespace Portal.Application.Quotes.Submit;

/// <summary>
/// A customer submits a draft: the rules are checked (a destination the export rules prohibit for a line stops it), the
/// request gets its number; saving it tells requester and sales.
/// </summary>
public sealed class SubmitQuoteHandler(
    IPortalDb db,
    SubmissionCheck check,
    ConfigurationPolicy policy,
    Acting acting,
    TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Requester);
        var quote = await db.Quotes.WithLines()
                        .SingleOrDefaultAsync(q => q.Id == quoteId && q.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var site = quote.SiteId is { } siteId ? await db.Sites.SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;

        var refusals = await check.SubmitAsync(new Submission(quote, organization, site, policy, now), cancellationToken);
        if (refusals.Count > 0)
        {
            return Result<string>.Fail(refusals);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Ok(quote.Number!);
    }
}
