using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>
/// Looks up a configuration's products and site, judges it by <see cref="ConfigurationRules"/>, and prices it:
/// the one implementation behind the configurator page, its live feedback, the API's evaluation and saving.
/// </summary>
public sealed class ConfigurationEvaluator(IPortalDb db, IPageVersions versions, CatalogSnapshot snapshot, ConfigurationPolicy policy,
    ConfigurationRules rules, TimeProvider clock)
{
    public const int MaxComponentRows = 20;

    /// <summary>
    /// The configuration judged against the catalog kept in memory (<see cref="CatalogSnapshot"/>): only the site is read
    /// from the database. For showing; what is saved is judged by <see cref="EvaluateToSaveAsync"/>.
    /// </summary>
    public async Task<ConfigurationEvaluation> EvaluateAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        await EvaluateAsync(request, await snapshot.CurrentAsync(db, versions, cancellationToken), actor, cancellationToken);

    /// <summary>The configuration judged against its products read now, for this unit of work to put them on a quote.</summary>
    public async Task<ConfigurationEvaluation> EvaluateToSaveAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var skus = Rows(request).Select(r => r.Sku).Append(RackSku(request) ?? string.Empty).Distinct().ToList();
        var catalog = await ConfigurationCatalog.ReadAsync(db, skus, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await EvaluateAsync(request, catalog, actor, cancellationToken);
    }

    private async Task<ConfigurationEvaluation> EvaluateAsync(ConfigurationRequest request, ConfigurationCatalog catalog, Actor actor,
        CancellationToken cancellationToken)
    {
        var check = await CheckAsync(request, catalog, actor, cancellationToken);
        var validation = await rules.ValidateAsync(check, cancellationToken);
        var configuration = check.Configuration;
        var tier = policy.VolumeDiscounts.TierFor(Math.Max(1, check.RackCount));
        return new ConfigurationEvaluation(
            check,
            configuration,
            configuration is null || !check.HasOrderableRackCount ? null : Price(configuration, check.RackCount, tier),
            tier,
            policy.VolumeDiscounts.NextTierAfter(check.RackCount),
            configuration is null ? [] : Supply(configuration, check.HasOrderableRackCount ? check.RackCount : 1, catalog),
            validation.ToFieldErrors().ToList(),
            validation.Errors.Select(e => e.CustomState).OfType<BrokenRule>().ToList());
    }

    private async Task<ConfigurationCheck> CheckAsync(ConfigurationRequest request, ConfigurationCatalog catalog, Actor actor,
        CancellationToken cancellationToken)
    {
        var rackSku = RackSku(request);
        var site = request.SiteId is { } siteId && actor.OrganizationId is { } organizationId
            ? await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId && s.OrganizationId == organizationId, cancellationToken)
              ?? throw new NotFoundException("The site")
            : null;
        return new ConfigurationCheck(
            request.RackSku,
            rackSku is null ? null : catalog.Products.GetValueOrDefault(rackSku),
            Rows(request).Select(r => new ComponentCheck(r.Sku, catalog.Products.GetValueOrDefault(r.Sku), r.Quantity)).ToList(),
            request.RackCount,
            site,
            policy);
    }

    /// <summary>The component rows filled in, at most <see cref="MaxComponentRows"/>, each SKU as stored.</summary>
    private static List<(string Sku, int Quantity)> Rows(ConfigurationRequest request) =>
        request.Components.Where(c => !string.IsNullOrWhiteSpace(c?.Sku)).Take(MaxComponentRows)
            .Select(c => (Product.NormalizeSku(c.Sku), c.Quantity)).ToList();

    private static string? RackSku(ConfigurationRequest request) =>
        string.IsNullOrWhiteSpace(request.RackSku) ? null : Product.NormalizeSku(request.RackSku);

    private static PriceSummary Price(RackBuild configuration, int rackCount, VolumeTier tier) =>
        new(ConfigurationPricing.Lines(configuration, rackCount, tier).Select(l => l.Line).ToList(), configuration.Rack.Currency);

    private List<SupplyOutlook> Supply(RackBuild configuration, int rackCount, ConfigurationCatalog catalog)
    {
        var units = configuration.UnitsFor(rackCount).ToList();
        var deliverableFrom = Product.EarliestDelivery(units.Select(u => u.Product), clock.GetUtcNow().UtcDateTime);
        return units.Where(u => u.Product.Lifecycle == Lifecycle.AllocationLimited)
            .Select(u => new SupplyOutlook(u.Product.Sku, u.Product.Name, u.Units,
                Availability.Of(Lifecycle.AllocationLimited, catalog.Allocations[u.Product.Id], deliverableFrom, u.Units).EarliestQuarter))
            .ToList();
    }
}
