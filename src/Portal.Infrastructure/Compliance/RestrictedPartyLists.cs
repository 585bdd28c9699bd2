using Microsoft.EntityFrameworkCore;
using Portal.Application.Compliance.Screenings;
using Portal.Domain.Compliance;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// The lists in the database: each load a version with its parties, staged until confirmed; the latest confirmed
/// version is current. Its index is built once per instance and kept (see <see cref="ScreeningListCache"/>) until a
/// newer version appears. A file is read row by row and written a batch at a time, in one transaction: the portal never
/// holds a whole file or all its parties, and a file refused leaves nothing behind.
/// </summary>
public sealed class RestrictedPartyLists(PortalDbContext db, ScreeningListCache cache, TimeProvider clock) : IRestrictedPartyLists
{
    public async Task<CurrentScreeningList?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var latest = await CurrentVersionAsync(cancellationToken);
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

    public async Task<ScreeningListLoad> StageAsync(Stream file, string fileName, string loadedBy, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DiscardStagedBeforeAsync(DateTime.MaxValue, cancellationToken);
        var version = new ScreeningListVersion(fileName, loadedBy, clock.GetUtcNow().UtcDateTime);
        db.ScreeningListVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        ScreeningListRead read;
        try
        {
            read = await ScreeningListFile.ReadAsync(file, async parties =>
            {
                db.ListedParties.AddRange(parties.Select(party => ListedParty.Of(party, version.Id)));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }, cancellationToken);
        }
        catch (InvalidDataException refused)
        {
            return new ScreeningListLoad(null, refused.Message, []);
        }
        var problems = read.Problems.Select(p => $"line {p.Line}: {p.Reason}").ToList();
        if (read.PartyCount == 0)
        {
            return new ScreeningListLoad(null, "The file holds no restricted party that could be read; the current list stays.", problems);
        }
        db.Attach(version);
        version.Read(read.Sha256, read.PartyCount, read.ProblemCount);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScreeningListLoad(version, null, problems);
    }

    public async Task<ScreeningListChanges?> ChangesAsync(int stagedId, CancellationToken cancellationToken = default)
    {
        var staged = await db.ScreeningListVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == stagedId && v.Staged, cancellationToken);
        if (staged is null || staged.HasLapsedAt(clock.GetUtcNow().UtcDateTime))
        {
            return null;
        }
        var current = await CurrentVersionAsync(cancellationToken);
        var versions = new ListVersionComparison(db, staged.Id, current?.Id);
        var added = await versions.PartiesAsync(versions.Added, cancellationToken);
        return new ScreeningListChanges(staged, current, added,
            await versions.PartiesAsync(versions.Removed, cancellationToken),
            new PartyChanges(staged.PartyCount - added.Count, await versions.SampleAsync(versions.Kept, cancellationToken)));
    }

    public async Task<bool> DiscardAsync(int stagedId, CancellationToken cancellationToken = default) =>
        await DiscardAsync(db.ScreeningListVersions.Where(v => v.Id == stagedId && v.Staged), cancellationToken) > 0;

    public Task<int> DiscardStagedBeforeAsync(DateTime before, CancellationToken cancellationToken = default) =>
        DiscardAsync(db.ScreeningListVersions.Where(v => v.Staged && v.LoadedAt < before), cancellationToken);

    private Task<ScreeningListVersion?> CurrentVersionAsync(CancellationToken cancellationToken) =>
        db.ScreeningListVersions.AsNoTracking().Where(v => !v.Staged).OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<int> DiscardAsync(IQueryable<ScreeningListVersion> staged, CancellationToken cancellationToken)
    {
        var ids = await staged.Select(v => v.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.ListedParties
            .Where(p => ids.Contains(p.ListVersionId) && db.ScreeningListVersions.Any(v => v.Id == p.ListVersionId && v.Staged))
            .ExecuteDeleteAsync(cancellationToken);
        var discarded = await db.ScreeningListVersions.Where(v => ids.Contains(v.Id) && v.Staged).ExecuteDeleteAsync(cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }
        return discarded;
    }
}
