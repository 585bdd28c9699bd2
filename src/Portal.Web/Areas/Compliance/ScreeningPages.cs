using Portal.Application.Compliance.Screenings;
using Portal.Domain.Compliance;

namespace Portal.Web.Areas.Compliance;

/// <summary>The compliance officers' page: possible matches to review, the list versions, and what the last load left out.</summary>
public sealed record ScreeningsPage(
    IReadOnlyList<ScreeningRow> AwaitingReview,
    IReadOnlyList<ScreeningListVersion> Versions,
    bool Illustrative,
    ScreeningListLoaded? JustLoaded = null);
