using Microsoft.EntityFrameworkCore;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// Writes a long waitlist into the running portal's database: 2,500 organizations (one in five Strategic), each
/// waiting for 1 to 3 Trainium3 UltraServer racks in each of four quarters that have no free supply, 10,000 entries.
/// </summary>
internal static class WaitlistBenchmarkData
{
    public const string Product = "TRN3-RACK-48U";
    public const int Organizations = 2_500;
    public const int FirstQuarterOffset = 4;
    public const int Quarters = 4;

    public static IReadOnlyList<Quarter> QuartersOf(DateTime now) =>
        Enumerable.Range(FirstQuarterOffset, Quarters).Select(Quarter.Containing(now).Plus).ToList();

    public static async Task SeedAsync(PortalDbContext db, DateTime now)
    {
        var product = await db.Products.SingleAsync(p => p.Sku == Product);
        var joiner = await db.Users.Where(u => u.Email == DemoBuyer.Email).Select(u => u.Id).SingleAsync();
        foreach (var quarter in QuartersOf(now))
        {
            db.Allocations.Add(new Allocation(product.Id, quarter, 0));
        }
        await db.SaveChangesAsync();

        const int batch = 500;
        for (var first = 0; first < Organizations; first += batch)
        {
            var organizations = Enumerable.Range(first, batch).Select(i =>
            {
                var organization = new Organization($"Waitlist Benchmark {i:D4} GmbH", "DE", $"billing{i}@bench.example", now);
                organization.SetTier(i % 5 == 0 ? OrganizationTier.Strategic : OrganizationTier.Standard);
                organization.Approve();
                return organization;
            }).ToList();
            db.Organizations.AddRange(organizations);
            await db.SaveChangesAsync();
            db.WaitlistEntries.AddRange(organizations.SelectMany((organization, i) => QuartersOf(now).Select((quarter, q) =>
                new WaitlistEntry(organization, joiner, product, 1 + (first + i + q) % 3, quarter, now.AddSeconds(-(Organizations - first - i) * Quarters - q)))));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Frees <paramref name="units"/> units, spread evenly over the four quarters.</summary>
    public static async Task ReleaseAsync(PortalDbContext db, DateTime now, int units)
    {
        var product = await db.Products.SingleAsync(p => p.Sku == Product);
        var quarters = QuartersOf(now);
        foreach (var allocation in await db.Allocations.Where(a => a.ProductId == product.Id).ToListAsync())
        {
            if (quarters.Contains(allocation.Quarter))
            {
                allocation.SetSupply(allocation.Supply + units / Quarters);
            }
        }
        await db.SaveChangesAsync();
    }
}
