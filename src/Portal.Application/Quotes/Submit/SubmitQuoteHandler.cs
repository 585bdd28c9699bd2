using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Submit;

/// <summary>
/// A customer submits a draft: the rules are checked (a destination the export rules prohibit for a line stops it), the
/// request gets its number, requester and sales get mail.
/// </summary>
public sealed class SubmitQuoteHandler(
    IPortalDb db,
    SubmissionCheck check,
    ConfigurationPolicy policy,
    QuoteMail mail,
    TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var quote = await db.Quotes.WithLines()
                        .SingleOrDefaultAsync(q => q.Id == quoteId && q.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var site = quote.SiteId is { } siteId ? await db.Sites.SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken) : null;
        var now = clock.GetUtcNow().UtcDateTime;

        var from = quote.Status;
        var refusals = await check.SubmitAsync(new Submission(quote, organization, site, policy, now), cancellationToken);
        if (refusals.Count > 0)
        {
            return Result<string>.Fail(refusals);
        }
        var again = from == QuoteStatus.ChangesRequested;
        db.Record(now, actor, quote, again ? "Resubmitted" : "Submitted", from.ToString(), QuoteStatus.Submitted.ToString());
        await db.SaveChangesAsync(cancellationToken);

        await NotifyAsync(quote, organization.Name, actor, again, cancellationToken);
        return Result<string>.Ok(quote.Number!);
    }

    private async Task NotifyAsync(Quote quote, string organization, Actor actor, bool again, CancellationToken cancellationToken)
    {
        await mail.ToRequesterAsync(quote, $"We received your quote request {quote.Number}",
            $"thank you: your quote request {quote.Number} for {quote.RackCount} racks " +
            $"(delivery {quote.RequestedQuarter}) is with our sales team, who aim to answer within two business days.\n", cancellationToken);
        await mail.ToSalesAsync($"{(again ? "Changed" : "New")} quote request {quote.Number} from {organization}",
            $"{actor.Name} of {organization} {(again ? "changed and resubmitted" : "submitted")} {quote.Number}: {quote.RackCount} racks, delivery {quote.RequestedQuarter}.\n",
            cancellationToken);
    }
}
