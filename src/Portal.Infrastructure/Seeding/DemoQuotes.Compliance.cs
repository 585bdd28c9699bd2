using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Seeding;

public sealed partial class DemoQuotes
{
    private const string SingaporeSite = "Singapore SG1";

    /// <summary>
    /// A Helios request for its Singapore site, whose accelerators need an export licence under the demo's rules:
    /// approved by sales, it waits on the compliance officer's export holds.
    /// </summary>
    private async Task SeedExportHoldAsync(IReadOnlyDictionary<string, Product> products, PortalUser buyer, PortalUser sales, Actor salesActor,
        Quarter quarter, DateTime now, CancellationToken cancellationToken)
    {
        var helios = await db.Organizations.Include(o => o.Sites).SingleAsync(o => o.Id == buyer.OrganizationId, cancellationToken);
        var site = helios.AddSite(SingaporeSite, "Singapore", "SG", 5_000, CoolingType.Liquid);
        await db.SaveChangesAsync(cancellationToken);
        await screener.ScreenAsync(helios, site, cancellationToken);
        var held = await SubmittedAsync((buyer, site.Id), now.AddDays(-4), "Two inference racks for our Singapore region.", quarter,
            q => q.AddConfiguration(products["TRN2-RACK-48U"], [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1)], 2, now),
            cancellationToken);
        held.Claim(sales.Id, now.AddDays(-1));
        Record(held, sales, now.AddDays(-1), QuoteAudit.Claimed, nameof(QuoteStatus.InReview));
        await db.SaveChangesAsync(cancellationToken);
        await PriceAsync(held, salesActor, c => c with { DiscountPercent = 4m }, cancellationToken);
        await issue.HandleAsync(held.Id, null, salesActor, cancellationToken);
    }
}
