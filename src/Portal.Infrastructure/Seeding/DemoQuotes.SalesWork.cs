using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// Work for the sales home's last two lists: Helios accepted two Trainium2 racks whose deposit, too large for a card,
/// waits for its bank transfer to be recorded; Fjord's quote for a year of business support was issued for five days
/// only (its budget closes), so it is about to expire.
/// </summary>
public sealed partial class DemoQuotes
{
    /// <summary>How long the demo's short quote is valid: within the sales home's "about to expire" window.</summary>
    private const int ShortValidityDays = 5;

    private async Task SeedSalesWorkAsync(IReadOnlyDictionary<string, Product> products, (PortalUser User, int SiteId) helios,
        (PortalUser User, int SiteId) fjord, DateTime now, CancellationToken cancellationToken)
    {
        var quarter = Quarter.Containing(now).Plus(2);
        var sales = await ActorAsync(DemoAccounts.Sales.Email, PortalRoles.Sales, cancellationToken);

        var transferDue = await SubmittedAsync(helios, now.AddDays(-6), "Two Trainium2 racks for the Ashburn inference hall; we pay the deposit by wire.", quarter,
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 2), (products["PDU-3PH-60KW"], 2)], 2, now),
            cancellationToken);
        await AcceptedAsync(transferDue, helios, sales, "PO-HAI-7790", cancellationToken);

        var expiring = await SubmittedAsync(fjord, now.AddDays(-4), "A year of business support for the Rjukan racks.", quarter,
            q => q.AddProduct(products["SVC-SUPPORT-BIZ"], 2, now), cancellationToken);
        expiring.Claim(sales.UserId, now.AddDays(-3));
        _ = expiring.TakeEvents();
        await db.SaveChangesAsync(cancellationToken);
        await PriceAsync(expiring, sales, c => c with { ValidityDays = ShortValidityDays }, cancellationToken);
        await issue.HandleAsync(expiring.Id, null, sales, cancellationToken);
    }
}
