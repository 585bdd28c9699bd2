using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings;

/// <summary>
/// An admin loads a new restricted-party list file: it is staged, with what it would change; confirmed, it becomes the
/// current version and every organization is screened against it; cancelled, it is discarded and the list stays.
/// </summary>
public sealed class ScreeningListsHandler(IRestrictedPartyLists lists, OrganizationScreener screener, IPortalDb db, TimeProvider clock)
{
    private const string EntityType = "ScreeningList";

    public Task<ScreeningListLoad> StageAsync(Stream file, string fileName, Actor actor, CancellationToken cancellationToken = default) =>
        lists.StageAsync(file, fileName, actor.Name, cancellationToken);

    /// <summary>What a staged list would change; null when no such list waits for confirmation.</summary>
    public Task<ScreeningListChanges?> ChangesAsync(int stagedId, CancellationToken cancellationToken = default) =>
        lists.ChangesAsync(stagedId, cancellationToken);

    /// <summary>The staged list becomes current and everyone is screened against it; null when no such list waits for confirmation.</summary>
    public async Task<ScreeningListConfirmed?> ConfirmAsync(int stagedId, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await db.ScreeningListVersions.SingleOrDefaultAsync(v => v.Id == stagedId && v.Staged, cancellationToken);
        if (version is null || version.HasLapsedAt(now))
        {
            return null;
        }
        var replaced = await lists.ChangesAsync(stagedId, cancellationToken);
        version.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        var held = await screener.ScreenEveryoneAsync(cancellationToken);
        db.Audit(now, actor, EntityType, Id(version.Id), "ScreeningListLoaded", null,
            $"{version.Label}: {version.PartyCount} parties, {version.ProblemCount} rows left out; {held} organizations held; "
            + $"{replaced?.Added.Count} parties added, {replaced?.Removed.Count} removed");
        await db.SaveChangesAsync(cancellationToken);
        return new ScreeningListConfirmed(version, held);
    }

    /// <summary>Discards the staged list; false when no such list waits for confirmation.</summary>
    public async Task<bool> CancelAsync(int stagedId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await lists.DiscardAsync(stagedId, cancellationToken))
        {
            return false;
        }
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, EntityType, Id(stagedId), "ScreeningListCancelled", null, "the current list stays");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

public sealed record ScreeningListConfirmed(ScreeningListVersion Version, int NewlyHeld);
