using Portal.Domain.Catalog;

namespace Portal.Application.Reports;

/// <summary>
/// What a report covers: the days from <see cref="From"/> to <see cref="To"/> (both included, UTC) and, optionally,
/// the quotes with a line of one product family.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, ProductFamily? Family)
{
    /// <summary>The longest range a report covers: ten years.</summary>
    public const int MaxDays = 3660;

    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first moment after the range.</summary>
    public DateTime ToUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The last 90 days up to today, every family: what the dashboard opens with.</summary>
    public static ReportFilter Default(DateTime now) =>
        new(DateOnly.FromDateTime(now).AddDays(-89), DateOnly.FromDateTime(now), null);

    /// <summary>A range as typed, put right: missing ends take the default's, reversed ends are swapped, and it is at most <see cref="MaxDays"/> long.</summary>
    public static ReportFilter Of(DateOnly? from, DateOnly? to, ProductFamily? family, DateTime now)
    {
        var fallback = Default(now);
        var (start, end) = (from ?? fallback.From, to ?? fallback.To);
        if (start > end)
        {
            (start, end) = (end, start);
        }
        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            start = end.AddDays(-(MaxDays - 1));
        }
        return new ReportFilter(start, end, family);
    }
}
