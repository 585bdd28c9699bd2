using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Catalog;

/// <summary>
/// Adds the file's products that the database does not have yet; products already there are left as admins edited
/// them, except that one nobody has classified yet takes the file's export classification. Taking the rules file's
/// <see cref="RuleBook"/> reads it at start, so a wrong line stops the start instead of a buyer's first evaluation.
/// </summary>
public sealed class CatalogImporter(PortalDbContext db, RuleBook rules, TimeProvider clock, ILogger<CatalogImporter> logger)
{
    public async Task ImportAsync(CatalogFile file, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Read {Count} configuration rules from {File}.", rules.Rules.Count, file.Rules.File);
        await ClassifyAsync(file, cancellationToken);
        var known = await db.Products.Select(p => p.Sku).ToListAsync(cancellationToken);
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        var added = 0;
        foreach (var entry in file.Products.Where(p => !known.Contains(p.Sku.ToUpperInvariant())))
        {
            var product = ToProduct(entry, file.Vendor.Currency);
            db.Products.Add(product);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var supply in entry.Supply ?? [])
            {
                var allocation = new Allocation(product.Id, current.Plus(supply.QuarterOffset), supply.Units);
                allocation.RecordCommitted(supply.Taken);
                db.Allocations.Add(allocation);
            }
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Imported {Count} products from the catalog file.", added);
        }
    }

    private async Task ClassifyAsync(CatalogFile file, CancellationToken cancellationToken)
    {
        var classifications = file.Products.Where(p => p.ExportClassification is not null)
            .ToDictionary(p => Product.NormalizeSku(p.Sku), p => p.ExportClassification!);
        foreach (var product in await db.Products.Where(p => p.ExportClassification == null).ToListAsync(cancellationToken))
        {
            if (classifications.TryGetValue(product.Sku, out var classification))
            {
                product.Classify(classification);
            }
        }
    }

    private static Product ToProduct(ProductEntry entry, string currency)
    {
        var product = new Product(entry.Sku, entry.Family,
            new ProductDetails(entry.Name, entry.Summary, entry.Lifecycle, Money.FromMajor(entry.ListPrice, currency),
                entry.LeadTimeWeeks, entry.HeightU, entry.PowerWatts, entry.WeightKg, entry.MaxQuantityPerOrder),
            entry.Rack,
            entry.Fits ?? [],
            (entry.Specifications ?? new Dictionary<string, string>()).Select(s => new ProductSpecification(s.Key, s.Value)));
        product.LimitWaitlist(entry.MaxWaitlistQuantity);
        if (entry.ExportClassification is { } classification)
        {
            product.Classify(classification);
        }
        product.SetReservationDeposit(entry.ReservationDeposit is { } deposit ? Money.FromMajor(deposit, currency) : null);
        return product;
    }
}
