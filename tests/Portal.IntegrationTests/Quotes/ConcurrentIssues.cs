using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Issue;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// Two hundred quotes for one rack each, issued all at once against 50 free racks in a quarter of their own, spread
/// over the portal instances given (each with its own services and connections, on one database).
/// </summary>
public static class ConcurrentIssues
{
    private const string Sales = "sales@northwind.example";

    public static async Task HoldExactlyFiftyAsync(IReadOnlyList<PortalFactory> instances)
    {
        var portal = instances[0];
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(6);
        await portal.QueryAsync(async db =>
        {
            var rack = await db.Products.SingleAsync(p => p.Sku == "TRN3-RACK-48U");
            db.Allocations.Add(new Allocation(rack.Id, quarter, 50));
            return await db.SaveChangesAsync();
        });
        var ids = new List<int>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add(await new QuoteBuilder(portal, "Helios AI Labs").ForQuarter(6).ClaimedBy(Sales)
                .WithConfiguration("TRN3-RACK-48U", [("EFA-SW-51T", 1)], 1).SubmitAsync());
        }
        var salesId = await portal.QueryAsync(db => db.Users.Where(u => u.Email == Sales).Select(u => u.Id).SingleAsync());
        var actor = new Actor(salesId, "Sam Sales", null, new HashSet<string> { PortalRoles.Sales });

        var outcomes = await Task.WhenAll(ids.Select((id, i) => Task.Run(async () =>
        {
            using var scope = instances[i % instances.Count].Services.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<IssueQuoteHandler>().HandleAsync(id, null, actor);
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        })));

        Assert.Equal(50, outcomes.Count(issued => issued));
        var held = await portal.QueryAsync(db => db.Allocations.AsNoTracking().SingleAsync(a => a.Quarter == quarter));
        Assert.Equal((50, 0), (held.Held, held.Free));
        Assert.Equal(50, await portal.QueryAsync(db => db.QuoteHolds.CountAsync(h => h.Quarter == quarter)));
        Assert.Equal(50, await portal.QueryAsync(db => db.Quotes.CountAsync(q => ids.Contains(q.Id) && q.Status == QuoteStatus.Issued)));
        Assert.Equal(50, await portal.QueryAsync(db => db.QuoteRevisions.CountAsync(r => ids.Contains(r.QuoteId))));
    }
}
