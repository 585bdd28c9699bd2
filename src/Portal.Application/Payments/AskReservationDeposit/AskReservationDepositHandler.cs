using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Payments.AskReservationDeposit;

/// <summary>
/// The deposit of one of the organization's reservations, asked for now if it never was (a reservation made before the
/// portal took payments); answers its id. 404 for an entry that is not the organization's, a refusal for one that is
/// no reservation or has no deposit due.
/// </summary>
public sealed class AskReservationDepositHandler(IPortalDb db, ReservationDeposits deposits)
{
    public async Task<int> HandleAsync(AskReservationDepositCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerWith(CompanyRoles.Finance);
        var entry = await db.WaitlistEntries.Include(e => e.Product)
                        .SingleOrDefaultAsync(e => e.Id == command.EntryId && e.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The waitlist entry");
        if (await deposits.DepositOfAsync(entry, cancellationToken) is { } deposit)
        {
            return deposit.Id;
        }
        if (!entry.IsActive || entry.DepositStatus != DepositStatus.Due)
        {
            throw new DomainException($"{entry.Reference} has no deposit to pay.");
        }
        var asked = deposits.AskFor(entry, entry.Product!.Name);
        await db.SaveChangesAsync(cancellationToken);
        return asked.Id;
    }
}
