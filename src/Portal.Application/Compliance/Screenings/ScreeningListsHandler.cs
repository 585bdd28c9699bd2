using Portal.Application.Common;

namespace Portal.Application.Compliance.Screenings;

/// <summary>An admin loads a new restricted-party list file: it becomes the current version and every organization is screened against it.</summary>
public sealed class ScreeningListsHandler(IRestrictedPartyLists lists, OrganizationScreener screener, IPortalDb db, TimeProvider clock)
{
    public async Task<ScreeningListLoaded> LoadAsync(Stream file, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var load = await lists.LoadAsync(file, fileName, actor.Name, cancellationToken);
        if (load.Version is not { } version)
        {
            return new ScreeningListLoaded(load, 0);
        }
        var held = await screener.ScreenEveryoneAsync(cancellationToken);
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "ScreeningList", version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "ScreeningListLoaded", null, $"{version.Label}: {version.PartyCount} parties, {version.ProblemCount} rows left out; {held} organizations held");
        await db.SaveChangesAsync(cancellationToken);
        return new ScreeningListLoaded(load, held);
    }
}

public sealed record ScreeningListLoaded(ScreeningListLoad Load, int NewlyHeld);
