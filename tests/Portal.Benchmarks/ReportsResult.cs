namespace Portal.Benchmarks;

/// <summary>One database's round of the reports benchmark: what was seeded, the baseline, the two dashboards and the export.</summary>
/// <param name="ResidentAtStartBytes">The portal's resident memory once seeded, before any report was asked for.</param>
internal sealed record ReportsResult(
    string Database,
    TimeSpan DashboardTarget,
    SeededQuotes Seeded,
    long ResidentAtStartBytes,
    PageTimings Baseline,
    PageTimings RecentDashboard,
    PageTimings YearDashboard,
    ExportResult Export)
{
    /// <summary>A row for each of the million quotes at least, and the header.</summary>
    public bool ExportComplete => Export.Lines >= ReportsBenchmarkData.Quotes + 1;
}
