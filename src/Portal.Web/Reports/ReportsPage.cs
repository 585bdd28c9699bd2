using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Reports;
using Portal.Domain.Common;
using Portal.Web.Common;

namespace Portal.Web.Reports;

/// <summary>The sales dashboard: the report, the family filter's options and what its two bar charts draw.</summary>
public sealed record ReportsPage(SalesReport Report)
{
    public IReadOnlyList<SelectListItem> Families => Choices.Of(Report.Filter.Family, Display.Family);

    public BarChart PipelineChart => BarChart.Of(Report.Pipeline, p => Display.Status(p.Status), p => p.ValueMinorUnits);

    public BarChart MonthsChart => BarChart.Of(Report.IssuedPerMonth,
        m => new DateOnly(m.Year, m.Month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture), m => m.ValueMinorUnits);
}

/// <summary>A bar chart's labels and values (in major units), as JSON for the page's chart script.</summary>
public sealed record BarChart(string Labels, string Values)
{
    public static BarChart Of<T>(IReadOnlyList<T> bars, Func<T, string> label, Func<T, long> minorUnits) =>
        new(JsonSerializer.Serialize(bars.Select(label)), JsonSerializer.Serialize(bars.Select(b => Money.ToMajor(minorUnits(b)))));
}
