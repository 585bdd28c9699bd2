using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings.ConfirmScreeningList;

/// <summary>
/// The staged list becomes the current version and every organization is screened against it (audited, with what it
/// changed); null when no such list waits for confirmation (none staged, or left unconfirmed past its day).
/// </summary>
public sealed class ConfirmScreeningListHandler(IRestrictedPartyLists lists, OrganizationScreener screener, IPortalDb db, TimeProvider clock)
{
    public async Task<ScreeningListConfirmed?> HandleAsync(ConfirmScreeningListCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var version = await db.ScreeningListVersions.SingleOrDefaultAsync(v => v.Id == command.StagedId && v.Staged, cancellationToken);
        if (version is null || version.HasLapsedAt(now))
        {
            return null;
        }
        var replaced = await lists.ChangesAsync(command.StagedId, cancellationToken);
        version.Confirm(now);
        await db.SaveChangesAsync(cancellationToken);
        var held = await screener.ScreenEveryoneAsync(cancellationToken);
        db.Record(now, actor, version.Id, ScreeningListAudit.Loaded,
            $"{version.Label}: {version.PartyCount} parties, {version.ProblemCount} rows left out; {held} organizations held; "
            + $"{replaced?.Added.Count} parties added, {replaced?.Removed.Count} removed");
        await db.SaveChangesAsync(cancellationToken);
        return new ScreeningListConfirmed(version, held);
    }
}

public sealed record ScreeningListConfirmed(ScreeningListVersion Version, int NewlyHeld);
