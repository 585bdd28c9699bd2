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

    /// <summary>
    /// A range as typed, put right: missing ends take the default's, ends past <see cref="Latest"/> are brought back to
    /// it, reversed ends are swapped, and it is at most <see cref="MaxDays"/> long.
    /// </summary>
    public static ReportFilter Of(DateOnly? from, DateOnly? to, ProductFamily? family, DateTime now)
    {
        var (fallback, latest) = (Default(now), Latest(now));
        var (start, end) = (AtMost(from ?? fallback.From, latest), AtMost(to ?? fallback.To, latest));
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

    /// <summary>The last day a range can reach: <see cref="MaxDays"/> after today, far beyond anything recorded yet.</summary>
    public static DateOnly Latest(DateTime now) => DateOnly.FromDateTime(now).AddDays(MaxDays);

    private static DateOnly AtMost(DateOnly day, DateOnly latest) => day > latest ? latest : day;
}
