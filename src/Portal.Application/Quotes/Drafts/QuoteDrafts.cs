using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Drafts;

/// <summary>A customer builds a quote request as a draft: configurations, loose products, site, quarter, notes.</summary>
public sealed class QuoteDrafts(
    IPortalDb db,
    ConfigurationEvaluator evaluator,
    IValidator<DescribeDraftCommand> describeValidator,
    IValidator<ProductChoice> productValidator,
    TimeProvider clock)
{
    /// <summary>
    /// Puts a configuration that keeps every rule on the draft (or on a new draft when none is given), in the place of
    /// the configuration it was opened from when one is given.
    /// </summary>
    public async Task<Result<int>> SaveConfigurationAsync(int? quoteId, int? configurationId, ConfigurationRequest request, Actor actor,
        CancellationToken cancellationToken = default)
    {
        var quote = quoteId is { } id ? await FindDraftAsync(id, actor, cancellationToken) : null;
        var evaluation = await evaluator.EvaluateAsync(request, actor, cancellationToken);
        if (!evaluation.IsValid)
        {
            return Result<int>.Fail(evaluation.Problems);
        }
        var check = evaluation.Check;
        var components = check.Components.Select(c => (c.Product!, c.Quantity)).ToList();
        if (quote is not null && BeyondLimits("", RequestLimits.LinesOf(quote, exceptConfigurationId: configurationId),
                RequestLimits.Configuration(check.Rack!, components, check.RackCount)) is { Count: > 0 } beyond)
        {
            return Result<int>.Fail(beyond);
        }
        quote ??= await CreateDraftAsync(actor, cancellationToken);
        if (configurationId is { } existing)
        {
            quote.ReplaceConfiguration(existing, check.Rack!, components, check.RackCount, Now);
        }
        else
        {
            quote.AddConfiguration(check.Rack!, components, check.RackCount, Now);
        }
        db.Record(Now, actor, quote, configurationId is null ? QuoteAudit.ConfigurationAdded : QuoteAudit.ConfigurationChanged,
            toState: $"{check.RackCount} × {check.Rack!.Name}");
        if (quote.SiteId is null && check.Site is not null)
        {
            quote.Describe(check.Site.Id, quote.RequestedQuarter, quote.Notes, Now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }

    /// <summary>A new, empty draft of the actor's organization, saved (with its audit entry to go with the next save).</summary>
    public async Task<Quote> CreateDraftAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = new Quote(actor.CustomerOrganizationId, actor.UserId, Now);
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        db.Record(Now, actor, quote, QuoteAudit.Created, toState: QuoteStatus.Draft.ToString());
        return quote;
    }

    public async Task<Result> AddProductAsync(int quoteId, AddProductCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindDraftAsync(quoteId, actor, cancellationToken);
        var sku = Product.NormalizeSku(command.Sku);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        var validation = await productValidator.ValidateAsync(new ProductChoice(command, product), cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var onTheLine = quote.Products.Where(p => p.ProductId == product!.Id).Sum(p => (long)p.Quantity);
        var beyond = BeyondLimits(nameof(AddProductCommand.Quantity), RequestLimits.LinesOf(quote, exceptProductId: product!.Id),
            RequestLimits.Loose(product, onTheLine + command.Quantity));
        if (beyond.Count > 0)
        {
            return Result.Fail(beyond);
        }
        quote.AddProduct(product, command.Quantity, Now);
        db.Record(Now, actor, quote, QuoteAudit.ProductAdded, toState: $"{command.Quantity} × {product!.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> DescribeAsync(int quoteId, DescribeDraftCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindDraftAsync(quoteId, actor, cancellationToken);
        if (command.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == quote.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("The site");
        }
        var validation = await describeValidator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var quarter = Quarter.TryParse(command.RequestedQuarter, out var parsed) ? parsed : (Quarter?)null;
        quote.Describe(command.SiteId, quarter, command.Notes ?? string.Empty, Now);
        db.Record(Now, actor, quote, QuoteAudit.DetailsSaved, toState: quarter?.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    public async Task RemoveConfigurationAsync(int quoteId, int configurationId, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindDraftAsync(quoteId, actor, cancellationToken);
        quote.RemoveConfiguration(configurationId, Now);
        db.Record(Now, actor, quote, QuoteAudit.ConfigurationRemoved);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveProductAsync(int quoteId, int lineId, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindDraftAsync(quoteId, actor, cancellationToken);
        quote.RemoveProduct(lineId, Now);
        db.Record(Now, actor, quote, QuoteAudit.ProductRemoved);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await FindDraftAsync(quoteId, actor, cancellationToken);
        if (quote.Status != QuoteStatus.Draft)
        {
            throw new DomainException($"{quote.Reference} has been submitted; only a draft can be deleted.");
        }
        db.Quotes.Remove(quote);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>What the draft would break with one line added or put back: the same limits its submission checks.</summary>
    private static List<FieldError> BeyondLimits(string field, IEnumerable<IEnumerable<ProductUnits>> otherLines, IEnumerable<ProductUnits> line) =>
        RequestLimits.Refusals([.. otherLines, line]).Select(message => new FieldError(field, message)).ToList();

    private async Task<Quote> FindDraftAsync(int quoteId, Actor actor, CancellationToken cancellationToken)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.Quotes.WithLines()
                   .SingleOrDefaultAsync(q => q.Id == quoteId && q.OrganizationId == organizationId, cancellationToken)
               ?? throw new NotFoundException("The quote");
    }

}
