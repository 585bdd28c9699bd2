using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.SetBuyerApprovalRule;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Seeding;

public sealed partial class DemoQuotes
{
    /// <summary>Above this Helios's approvers' limits apply; above the second amount it needs two approvers.</summary>
    private const decimal HeliosLimitsAbove = 10_000m;

    private const decimal HeliosSecondApprovalAbove = 15_000_000m;

    /// <summary>
    /// Helios's administrator sets its approval rule, and sales issues a four-rack quote above its second amount, to which
    /// Helios's CFO gives the first of the two approvals it needs: it waits for the second (Helios's administrator may give
    /// it; the approver's limit is below its total).
    /// </summary>
    private async Task SeedBuyerApprovalAsync(IReadOnlyDictionary<string, Product> products, (PortalUser User, int SiteId) helios, PortalUser sales,
        Actor salesActor, Quarter quarter, DateTime now, CancellationToken cancellationToken)
    {
        var administrator = new Actor(helios.User.Id, helios.User.FullName, helios.User.OrganizationId, new HashSet<string> { PortalRoles.Customer }, CompanyRoles.All);
        await rules.HandleAsync(new SetBuyerApprovalRuleCommand(HeliosLimitsAbove, HeliosSecondApprovalAbove), administrator, cancellationToken);
        var waiting = await SubmittedAsync(helios, now.AddDays(-6), "Phase 3 of the Ashburn inference hall: four Trainium2 racks.", quarter,
            q => q.AddConfiguration(products["TRN2-RACK-48U"],
                [(products["TRN2-SRV-16"], 4), (products["EFA-SW-25T"], 1), (products["STOR-NVME-1U"], 2), (products["PDU-3PH-60KW"], 2)], 4, now),
            cancellationToken);
        waiting.Claim(sales.Id, now.AddDays(-3));
        Record(waiting, sales, now.AddDays(-3), QuoteAudit.Claimed, nameof(QuoteStatus.InReview));
        await db.SaveChangesAsync(cancellationToken);
        await PriceAsync(waiting, salesActor, c => c with { DiscountPercent = 4m }, cancellationToken);
        await issue.HandleAsync(waiting.Id, null, salesActor, cancellationToken);

        var cfo = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "cfo@helios.example", cancellationToken);
        var approver = new Actor(cfo.Id, cfo.FullName, cfo.OrganizationId, new HashSet<string> { PortalRoles.Customer }, cfo.CompanyRoles, cfo.ApprovalLimitMinorUnits);
        await accept.HandleAsync(waiting.Id, new AcceptQuoteCommand(cfo.FullName, "Chief financial officer", null, true, waiting.Revision), "192.0.2.11", approver,
            cancellationToken);
    }
}
