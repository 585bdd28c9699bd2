using Portal.Application.Compliance.Screenings;
using Portal.Domain.Compliance;

namespace Portal.Web.Areas.Compliance;

/// <summary>
/// The compliance officers' page: possible matches to review, the list versions, a list waiting for confirmation, and
/// the rows of a refused file.
/// </summary>
public sealed record ScreeningsPage(
    IReadOnlyList<ScreeningRow> AwaitingReview,
    IReadOnlyList<ScreeningListVersion> Versions,
    ScreeningListVersion? Staged,
    bool Illustrative,
    IReadOnlyList<string> Problems)
{
    /// <summary>The list screening uses now (the newest), if one was ever loaded.</summary>
    public ScreeningListVersion? Current => Versions.Count > 0 ? Versions[0] : null;
}

/// <summary>A loaded list with what it would change, to confirm or cancel; the rows left out when it was just read.</summary>
public sealed record StagedListPage(ScreeningListChanges Changes, IReadOnlyList<string> Problems);
