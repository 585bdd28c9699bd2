namespace Portal.Application.Compliance.Screenings;

/// <summary>The page of a staged list: what it would change in the current one.</summary>
public sealed class StagedScreeningListQuery(IRestrictedPartyLists lists)
{
    /// <summary>Null when no such list waits for confirmation.</summary>
    public Task<ScreeningListChanges?> ChangesAsync(int stagedId, CancellationToken cancellationToken = default) =>
        lists.ChangesAsync(stagedId, cancellationToken);
}
