using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments.CancelWithRefund;
using Portal.Application.Payments.RecordTransfer;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Decline;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Application.Accounts;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// Demo quotes that reached an outcome, through the portal's own use cases: Helios accepted a Trainium3 rack and paid
/// its deposit by bank transfer (too large for a card), which committed the supply; Fjord paid a services quote by
/// transfer and an admin then cancelled it, so the deposit is owed back; Helios declined a storage quote, saying why.
/// Fjord's accepted quote keeps its deposit due, to be paid by card.
/// </summary>
public sealed partial class DemoQuotes
{
    private async Task SeedDepositsAsync(IReadOnlyDictionary<string, Product> products, (PortalUser User, int SiteId) helios,
        (PortalUser User, int SiteId) fjord, DateTime now, CancellationToken cancellationToken)
    {
        var quarter = Quarter.Containing(now).Plus(3);
        var sales = await ActorAsync(DemoAccounts.Sales.Email, PortalRoles.Sales, cancellationToken);
        var admin = await ActorAsync(DemoAccounts.Admin.Email, PortalRoles.Admin, cancellationToken);

        var paid = await SubmittedAsync(helios, now.AddDays(-20), "One UltraServer rack for the Ashburn pilot.", quarter,
            q => q.AddConfiguration(products["TRN3-RACK-48U"],
                [(products["TRN3-SLED-8"], 8), (products["EFA-SW-51T"], 1), (products["CDU-LIQ-150KW"], 1), (products["PDU-3PH-60KW"], 2)], 1, now),
            cancellationToken);
        await AcceptedAsync(paid, helios, sales, "PO-HAI-7731", cancellationToken);
        await RecordTransferAsync(paid, sales, now.AddDays(-4), "HAI-WIRE-0412", cancellationToken);

        var cancelled = await SubmittedAsync(fjord, now.AddDays(-15), "Installation and support for racks we already run.", quarter,
            q =>
            {
                q.AddProduct(products["SVC-INSTALL-RACK"], 2, now);
                q.AddProduct(products["SVC-SUPPORT-ENT"], 2, now);
            }, cancellationToken);
        await AcceptedAsync(cancelled, fjord, sales, "PO-FJ-2026-104", cancellationToken);
        await RecordTransferAsync(cancelled, sales, now.AddDays(-8), "FJ-SEPA-88120", cancellationToken);
        await refunds.HandleAsync(new CancelWithRefundCommand(cancelled.Id, null, new DecisionNote("Fjord moved the installation to its own contractor; agreed with procurement on the phone.")),
            admin, cancellationToken);

        var declined = await SubmittedAsync(helios, now.AddDays(-12), "Extra support for the inference racks.", quarter,
            q => q.AddProduct(products["SVC-SUPPORT-ENT"], 6, now), cancellationToken);
        declined.Claim(sales.UserId, now.AddDays(-11));
        _ = declined.TakeEvents();
        await db.SaveChangesAsync(cancellationToken);
        await PriceAsync(declined, sales, c => c, cancellationToken);
        await issue.HandleAsync(declined.Id, null, sales, cancellationToken);
        await decline.HandleAsync(new DeclineQuoteCommand(declined.Id, new DecisionNote("We chose to keep support in-house for this cluster; thank you for the quick quote.")),
            Customer(helios), cancellationToken);
    }

    private static Actor Customer((PortalUser User, int SiteId) buyer) =>
        new(buyer.User.Id, buyer.User.FullName, buyer.User.OrganizationId, new HashSet<string> { PortalRoles.Customer },
            buyer.User.CompanyRoles, buyer.User.ApprovalLimitMinorUnits);

    private async Task AcceptedAsync(Quote quote, (PortalUser User, int SiteId) buyer, Actor sales, string purchaseOrder, CancellationToken cancellationToken)
    {
        quote.Claim(sales.UserId, quote.SubmittedUtc!.Value.AddHours(2));
        _ = quote.TakeEvents();
        await db.SaveChangesAsync(cancellationToken);
        await PriceAsync(quote, sales, c => c with { DiscountPercent = 4m }, cancellationToken);
        await issue.HandleAsync(quote.Id, null, sales, cancellationToken);
        await accept.HandleAsync(quote.Id, new AcceptQuoteCommand(buyer.User.FullName, "Head of procurement", purchaseOrder, true, quote.Revision),
            "192.0.2.10", Customer(buyer), cancellationToken);
    }

    private async Task RecordTransferAsync(Quote quote, Actor sales, DateTime receivedOn, string reference, CancellationToken cancellationToken)
    {
        var deposit = await db.Deposits.AsNoTracking().SingleAsync(d => d.QuoteId == quote.Id, cancellationToken);
        var result = await transfers.HandleAsync(
            new RecordTransferCommand(deposit.Id, null, deposit.Amount.Major, DateOnly.FromDateTime(receivedOn), reference), sales, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo transfer for {deposit.Reference} was refused: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }

    private async Task<Actor> ActorAsync(string email, string role, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
        return new Actor(user.Id, user.FullName, null, new HashSet<string> { role });
    }
}
