using Portal.Application.Common;

namespace Portal.Application.Compliance.Screenings.CancelScreeningList;

/// <summary>Discards the staged list, with its parties (audited); the current list stays. False when no such list waits for confirmation.</summary>
public sealed class CancelScreeningListHandler(IRestrictedPartyLists lists, IPortalDb db, TimeProvider clock)
{
    public async Task<bool> HandleAsync(CancelScreeningListCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await lists.DiscardAsync(command.StagedId, cancellationToken))
        {
            return false;
        }
        db.Record(clock.GetUtcNow().UtcDateTime, actor, command.StagedId, ScreeningListAudit.Cancelled, "the current list stays");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
