using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings;

/// <summary>Discards the staged lists nobody confirmed within <see cref="ScreeningListVersion.StagedFor"/>.</summary>
public sealed class ForgetStagedScreeningLists(IRestrictedPartyLists lists, TimeProvider clock) : IPortalJob
{
    public string Name => "Forget unconfirmed screening lists";

    public Task<int> RunAsync(CancellationToken cancellationToken = default) =>
        lists.DiscardStagedBeforeAsync(clock.GetUtcNow().UtcDateTime - ScreeningListVersion.StagedFor, cancellationToken);
}
