using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Waitlist;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// The demo's waitlist for Trainium3 UltraServer racks, joined through the portal's own use case: Fjord waits for
/// this quarter (sold out) and Helios, Strategic, joins after it yet goes ahead; Helios also waits for the earliest
/// quarter with supply and is offered part of it at once. Both reserve the pre-release Trainium4 rack, Fjord first,
/// so Fjord stays ahead: reservations go in the order they were made, whatever the tier.
/// </summary>
public sealed class DemoWaitlist(PortalDbContext db, CustomerWaitlist waitlist, TimeProvider clock)
{
    public const string Product = "TRN3-RACK-48U";
    public const string PreRelease = "TRN4-RACK-52U";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.WaitlistEntries.AnyAsync(cancellationToken))
        {
            return;
        }
        var thisQuarter = Quarter.Containing(clock.GetUtcNow().UtcDateTime).ToString();
        await JoinAsync(DemoAccounts.Companies[1].Owner.Email, new JoinWaitlistCommand(Product, 2, thisQuarter), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(Product, 3, thisQuarter), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(Product, 6, null), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[1].Owner.Email, new JoinWaitlistCommand(PreRelease, 2, null), cancellationToken);
        await JoinAsync(DemoAccounts.Companies[0].Owner.Email, new JoinWaitlistCommand(PreRelease, 4, null), cancellationToken);
    }

    private async Task JoinAsync(string email, JoinWaitlistCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
        var actor = new Actor(user.Id, user.FullName, user.OrganizationId, new HashSet<string> { PortalRoles.Customer });
        var result = await waitlist.JoinAsync(command, actor, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo waitlist entry for {email} was refused: {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
    }
}
