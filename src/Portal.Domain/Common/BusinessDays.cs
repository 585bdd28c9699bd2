namespace Portal.Domain.Common;

/// <summary>Time counted in business days, Monday to Friday in UTC: a weekend does not age a request in the queue.</summary>
public static class BusinessDays
{
    /// <summary>The weekday time from one instant to a later one, in days (fractions included).</summary>
    public static double Between(DateTime from, DateTime to)
    {
        var days = 0.0;
        for (var cursor = from; cursor < to;)
        {
            var end = Min(cursor.Date.AddDays(1), to);
            if (IsBusinessDay(cursor))
            {
                days += (end - cursor).TotalDays;
            }
            cursor = end;
        }
        return days;
    }

    /// <summary>The instant that lies the given number of business days before another.</summary>
    public static DateTime Before(DateTime to, double days)
    {
        var cursor = to;
        while (days > 0)
        {
            var start = cursor.TimeOfDay == TimeSpan.Zero ? cursor.AddDays(-1) : cursor.Date;
            if (IsBusinessDay(start))
            {
                var available = (cursor - start).TotalDays;
                if (available >= days)
                {
                    return cursor.AddDays(-days);
                }
                days -= available;
            }
            cursor = start;
        }
        return cursor;
    }

    private static bool IsBusinessDay(DateTime day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
