using Microsoft.EntityFrameworkCore;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.IntegrationTests.Support;

/// <summary>Sets a product's supply in a quarter, as an admin would, creating the quarter's allocation when it has none.</summary>
public static class Supply
{
    public static Task SetAsync(PortalFactory factory, string sku, Quarter quarter, int units) =>
        factory.QueryAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Sku == sku);
            var allocation = await db.Allocations.SingleOrDefaultAsync(a => a.ProductId == product.Id && a.Quarter == quarter);
            if (allocation is null)
            {
                db.Allocations.Add(new Allocation(product.Id, quarter, units));
            }
            else
            {
                allocation.SetSupply(units);
            }
            return await db.SaveChangesAsync();
        });

    public static Task<Allocation> OfAsync(PortalFactory factory, string sku, Quarter quarter) =>
        factory.QueryAsync(db => db.Allocations.AsNoTracking()
            .SingleAsync(a => a.Quarter == quarter && db.Products.Any(p => p.Id == a.ProductId && p.Sku == sku)));
}
