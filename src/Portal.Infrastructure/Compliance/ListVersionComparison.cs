using Microsoft.EntityFrameworkCore;
using Portal.Application.Compliance.Screenings;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// A staged list against the current one, party by party, in the database: a party is kept when the other version has
/// one with the same list, number, names, addresses and countries; any other is added (or removed). Without a current
/// list, every party is added.
/// </summary>
internal sealed class ListVersionComparison(PortalDbContext db, int stagedId, int? currentId)
{
    /// <summary>No version has this id: against it, every party is new.</summary>
    private const int NoVersion = 0;

    public IQueryable<ListedParty> Added => Compared(stagedId, currentId ?? NoVersion, inOther: false);

    public IQueryable<ListedParty> Removed => Compared(currentId ?? NoVersion, stagedId, inOther: false);

    public IQueryable<ListedParty> Kept => Compared(stagedId, currentId ?? NoVersion, inOther: true);

    public async Task<PartyChanges> PartiesAsync(IQueryable<ListedParty> parties, CancellationToken cancellationToken) =>
        new(await parties.CountAsync(cancellationToken), await SampleAsync(parties, cancellationToken));

    public async Task<IReadOnlyList<ListedPartyName>> SampleAsync(IQueryable<ListedParty> parties, CancellationToken cancellationToken) =>
        await parties.OrderBy(p => p.Id).Take(ScreeningListChanges.SampleSize)
            .Select(p => new ListedPartyName(p.Name, p.Source, p.EntryId))
            .ToListAsync(cancellationToken);

    private IQueryable<ListedParty> Compared(int versionId, int otherId, bool inOther)
    {
        var other = db.ListedParties.Where(o => o.ListVersionId == otherId);
        return db.ListedParties.Where(p => p.ListVersionId == versionId && other.Any(o =>
            o.Name == p.Name && o.Source == p.Source && o.EntryId == p.EntryId
            && o.AlternateNames == p.AlternateNames && o.Addresses == p.Addresses && o.Countries == p.Countries) == inOther);
    }
}
