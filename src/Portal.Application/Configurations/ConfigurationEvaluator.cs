using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>
/// Looks up a configuration's products and site, judges it by <see cref="ConfigurationRules"/>, and prices it:
/// the one implementation behind the configurator page, its live feedback and submission.
/// </summary>
public sealed class ConfigurationEvaluator(IPortalDb db, ConfigurationPolicy policy, ConfigurationRules rules, TimeProvider clock)
{
    public const int MaxComponentRows = 20;

    public async Task<ConfigurationEvaluation> EvaluateAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(request, actor, cancellationToken);
        var validation = await rules.ValidateAsync(check, cancellationToken);
        var configuration = check.Configuration;
        var tier = policy.VolumeDiscounts.TierFor(Math.Max(1, check.RackCount));
        return new ConfigurationEvaluation(
            check,
            configuration,
            configuration is null || !check.HasOrderableRackCount ? null : Price(configuration, check.RackCount, tier),
            tier,
            policy.VolumeDiscounts.NextTierAfter(check.RackCount),
            configuration is null ? [] : await SupplyAsync(configuration, check.HasOrderableRackCount ? check.RackCount : 1, cancellationToken),
            validation.ToFieldErrors().ToList());
    }

    private async Task<ConfigurationCheck> CheckAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var rows = request.Components.Where(c => !string.IsNullOrWhiteSpace(c?.Sku)).Take(MaxComponentRows)
            .Select(c => (Sku: Product.NormalizeSku(c.Sku), c.Quantity)).ToList();
        var rackSku = string.IsNullOrWhiteSpace(request.RackSku) ? null : Product.NormalizeSku(request.RackSku);
        var skus = rows.Select(r => r.Sku).Append(rackSku ?? string.Empty).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        var site = request.SiteId is { } siteId && actor.OrganizationId is { } organizationId
            ? await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId && s.OrganizationId == organizationId, cancellationToken)
              ?? throw new NotFoundException("The site")
            : null;
        return new ConfigurationCheck(
            request.RackSku,
            rackSku is null ? null : products.GetValueOrDefault(rackSku),
            rows.Select(r => new ComponentCheck(r.Sku, products.GetValueOrDefault(r.Sku), r.Quantity)).ToList(),
            request.RackCount,
            site,
            policy);
    }

    private static PriceSummary Price(RackBuild configuration, int rackCount, VolumeTier tier) =>
        new(ConfigurationPricing.Lines(configuration, rackCount, tier).Select(l => l.Line).ToList(), configuration.Rack.Currency);

    private async Task<IReadOnlyList<SupplyOutlook>> SupplyAsync(RackBuild configuration, int rackCount, CancellationToken cancellationToken)
    {
        var limited = configuration.UnitsFor(rackCount).Where(u => u.Product.Lifecycle == Lifecycle.AllocationLimited).ToList();
        if (limited.Count == 0)
        {
            return [];
        }
        var ids = limited.Select(u => u.Product.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var deliverableFrom = Product.EarliestDelivery(configuration.UnitsFor(rackCount).Select(u => u.Product), now);
        var allocations = (await db.Allocations.AsNoTracking().From(ids, Quarter.Containing(now))
            .ToListAsync(cancellationToken)).ToLookup(a => a.ProductId);
        return limited
            .Select(u => new SupplyOutlook(u.Product.Sku, u.Product.Name, u.Units,
                Availability.Of(Lifecycle.AllocationLimited, allocations[u.Product.Id], deliverableFrom, u.Units).EarliestQuarter))
            .ToList();
    }
}
