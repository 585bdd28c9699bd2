using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Configurations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.SaveConfiguration;

/// <summary>
/// Puts a configuration that keeps every rule on the draft (or on a new one, saved with it), in the place of the
/// configuration it was opened from when one is given. A draft without a site takes the configuration's.
/// </summary>
public sealed class SaveConfigurationHandler(IPortalDb db, ConfigurationEvaluator evaluator, Acting acting, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(SaveConfigurationCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = command.QuoteId is { } id ? await db.FindDraftAsync(id, actor, cancellationToken) : null;
        var evaluation = await evaluator.EvaluateToSaveAsync(command.Configuration, actor, cancellationToken);
        if (!evaluation.IsValid)
        {
            return Result<int>.Fail(evaluation.Problems);
        }
        var check = evaluation.Check;
        var (rack, components) = (check.Rack!, check.Components.Select(c => (c.Product!, c.Quantity)).ToList());
        if (quote is not null && DraftLimits.Beyond("", RequestLimits.LinesOf(quote, exceptConfigurationId: command.ConfigurationId),
                RequestLimits.Configuration(rack, components, check.RackCount)) is { Count: > 0 } beyond)
        {
            return Result<int>.Fail(beyond);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (quote is null)
        {
            quote = new Quote(actor.CustomerOrganizationId, actor.UserId, now);
            db.Quotes.Add(quote);
        }
        if (command.ConfigurationId is { } existing)
        {
            quote.ReplaceConfiguration(existing, rack, components, check.RackCount, now);
        }
        else
        {
            quote.AddConfiguration(rack, components, check.RackCount, now);
        }
        if (check.Site is not null)
        {
            quote.AssumeSite(check.Site.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }
}
