using Portal.Application.Quotes.ExportHolds;

namespace Portal.Application.Homes;

/// <summary>A compliance officer's home: the possible restricted-party matches and the export holds to decide, oldest first.</summary>
public sealed record ComplianceHomePage(IReadOnlyList<ScreeningToDecide> Screenings, int ScreeningCount, IReadOnlyList<ExportHoldRow> ExportHolds)
{
    /// <summary>How many of the screenings the home lists; the screening page has them all.</summary>
    public const int ScreeningsShown = 20;

    public int MoreScreenings => ScreeningCount - Screenings.Count;

    public bool HasNothingToDecide => ScreeningCount == 0 && ExportHolds.Count == 0;
}

/// <summary>A screening that found a possible match: whom it held and since when.</summary>
public sealed record ScreeningToDecide(int Id, string Organization, string ScreenedName, DateTime ScreenedUtc);
