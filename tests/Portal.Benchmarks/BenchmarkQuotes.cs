using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>The two quote requests the PDF benchmark prints, written into the running portal's database as the demo buyer's.</summary>
internal static class BenchmarkQuotes
{
    /// <summary>One service line: a quote whose document fits on one page.</summary>
    public static Task<int> OnePageAsync(PortalDbContext db) =>
        SubmitAsync(db, "Benchmark: one page", (quote, products, now) => quote.AddProduct(products["SVC-NEURON-ENG"], 6, now));

    /// <summary>Twenty Trainium2 configurations of five product lines each: 100 lines.</summary>
    public static Task<int> HundredLinesAsync(PortalDbContext db) =>
        SubmitAsync(db, "Benchmark: 100 lines", (quote, products, now) =>
        {
            for (var racks = 1; racks <= 20; racks++)
            {
                quote.AddConfiguration(products["TRN2-RACK-48U"],
                    [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 2), (products["PDU-3PH-60KW"], 2)], racks, now);
            }
        });

    private static async Task<int> SubmitAsync(PortalDbContext db, string notes, Action<Quote, IReadOnlyDictionary<string, Domain.Catalog.Product>, DateTime> fill)
    {
        var buyer = await db.Users.SingleAsync(u => u.Email == DemoBuyer.Email);
        var site = await db.Sites.Where(s => s.OrganizationId == buyer.OrganizationId).Select(s => s.Id).FirstAsync();
        var products = await db.Products.ToDictionaryAsync(p => p.Sku);
        var now = DateTime.UtcNow;
        var quote = new Quote(buyer.OrganizationId!.Value, buyer.Id, now);
        fill(quote, products, now);
        quote.Describe(site, Quarter.Containing(now).Plus(2), notes, now);
        db.Quotes.Add(quote);
        await db.SaveChangesAsync();
        quote.Submit(now);
        await db.SaveChangesAsync();
        return quote.Id;
    }
}
