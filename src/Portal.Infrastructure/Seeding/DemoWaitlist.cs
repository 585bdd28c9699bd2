using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments.RecordTransfer;
using Portal.Application.Waitlist.Join;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// The demo's waitlist for Trainium3 UltraServer racks, joined through the portal's own use case: Helios waits for the
/// earliest quarter with supply and is offered part of it at once, which sells out the first quarter the rack's lead
/// time allows (if the quarter before it was not already); Fjord waits for that quarter and Helios, Strategic, joins
/// after it yet goes ahead. Both reserve the pre-release Trainium4 rack, Fjord first,
/// so Fjord stays ahead: reservations go in the order they were made, whatever the tier. Fjord's reservation deposit
/// arrived by transfer (its reservation is secured); Helios' is still due.
/// </summary>
public sealed class DemoWaitlist(PortalDbContext db, JoinWaitlistHandler join, RecordTransferHandler transfers, TimeProvider clock)
{
    public const string Product = "TRN3-RACK-48U";
    public const string PreRelease = "TRN4-RACK-52U";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.WaitlistEntries.AnyAsync(cancellationToken))
        {
            return;
        }
        var rack = await db.Products.AsNoTracking().SingleAsync(p => p.Sku == Product, cancellationToken);
        var firstDeliverable = rack.EarliestDelivery(clock.GetUtcNow().UtcDateTime).ToString();
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(Product, 6, null), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[1].Owner.Email, new JoinWaitlistCommand(Product, 2, firstDeliverable), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(Product, 3, firstDeliverable), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[1].Owner.Email, new JoinWaitlistCommand(PreRelease, 2, null), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(PreRelease, 4, null), cancellationToken);
        await SecureFjordsReservationAsync(cancellationToken);
    }

    private async Task SecureFjordsReservationAsync(CancellationToken cancellationToken)
    {
        var fjord = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Companies[1].Owner.Email, cancellationToken);
        var deposit = await db.Deposits.AsNoTracking().SingleAsync(d => d.OrganizationId == fjord.OrganizationId && d.WaitlistEntryId != null, cancellationToken);
        var sales = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Sales.Email, cancellationToken);
        var actor = new Actor(sales.Id, sales.FullName, null, new HashSet<string> { PortalRoles.Sales });
        var received = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var result = await transfers.HandleAsync(new RecordTransferCommand(deposit.Id, null, deposit.Amount.Major, received, "FJ-SEPA-90311"), actor, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo transfer for {deposit.Reference} was refused: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }

    private async Task JoinAsync(string email, JoinWaitlistCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
        var actor = new Actor(user.Id, user.FullName, user.OrganizationId, new HashSet<string> { PortalRoles.Customer }, CompanyRoles.All);
        var result = await join.HandleAsync(command, actor, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo waitlist entry for {email} was refused: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }
}
