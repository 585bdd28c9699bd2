using Microsoft.EntityFrameworkCore;
using Portal.Application.Compliance.Screenings;
using Portal.Domain.Compliance;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// The lists in the database: each load a version with its parties; the latest version is current. Its index is built
/// once per instance and kept (see <see cref="ScreeningListCache"/>) until a newer version appears.
/// </summary>
public sealed class RestrictedPartyLists(PortalDbContext db, ScreeningListCache cache, TimeProvider clock) : IRestrictedPartyLists
{
    private const int Batch = 1000;

    public async Task<CurrentScreeningList?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var latest = await db.ScreeningListVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }
        return await cache.GetAsync(latest, async () =>
        {
            var stored = await db.ListedParties.AsNoTracking().Where(p => p.ListVersionId == latest.Id).ToListAsync(cancellationToken);
            return new ScreeningList(stored.Select(p => p.ToParty()));
        });
    }

    public async Task<ScreeningListLoad> LoadAsync(Stream file, string fileName, string loadedBy, CancellationToken cancellationToken = default)
    {
        ScreeningListRead read;
        try
        {
            read = await ScreeningListFile.ReadAsync(file, cancellationToken);
        }
        catch (InvalidDataException refused)
        {
            return new ScreeningListLoad(null, refused.Message, []);
        }
        var problems = read.Problems.Select(p => $"line {p.Line}: {p.Reason}").ToList();
        if (read.Parties.Count == 0)
        {
            return new ScreeningListLoad(null, "The file holds no restricted party that could be read; the current list stays.", problems);
        }
        var version = new ScreeningListVersion(fileName, read.Sha256, read.Parties.Count, read.Problems.Count, loadedBy, clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ScreeningListVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var chunk in read.Parties.Chunk(Batch))
        {
            db.ListedParties.AddRange(chunk.Select(party => ListedParty.Of(party, version.Id)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        db.Attach(version);
        return new ScreeningListLoad(version, null, problems);
    }
}
