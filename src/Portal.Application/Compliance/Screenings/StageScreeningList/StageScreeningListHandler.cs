using Portal.Application.Common;

namespace Portal.Application.Compliance.Screenings.StageScreeningList;

/// <summary>
/// Reads a list file into a staged list, with what it would change; the current list stays until an admin confirms it.
/// A file that cannot be a list is refused whole, with the reason; rows it cannot take are reported.
/// </summary>
public sealed class StageScreeningListHandler(IRestrictedPartyLists lists)
{
    public Task<ScreeningListLoad> HandleAsync(StageScreeningListCommand command, Actor actor, CancellationToken cancellationToken = default) =>
        lists.StageAsync(command.File, command.FileName, actor.Name, cancellationToken);
}
