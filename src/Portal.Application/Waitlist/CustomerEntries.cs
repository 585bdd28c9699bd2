using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>Finds, for a requester, one of the customer's organization's entries, as its owner last saw it.</summary>
public sealed class CustomerEntries(IPortalDb db)
{
    /// <summary>The entry with its product; 404 for another organization's, a refusal when it changed since <paramref name="seenVersion"/>.</summary>
    public async Task<WaitlistEntry> FindAsync(int entryId, int? seenVersion, Actor actor, CancellationToken cancellationToken)
    {
        var organizationId = actor.CustomerWith(CompanyRoles.Requester);
        var entry = await db.WaitlistEntries.Include(e => e.Product)
                        .SingleOrDefaultAsync(e => e.Id == entryId && e.OrganizationId == organizationId, cancellationToken)
                    ?? throw new NotFoundException("The waitlist entry");
        entry.EnsureUnchangedSince(seenVersion);
        return entry;
    }
}
