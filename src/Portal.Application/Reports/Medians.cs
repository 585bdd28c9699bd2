using Microsoft.EntityFrameworkCore;

namespace Portal.Application.Reports;

/// <summary>The median of a column of seconds, found in the database: count them, then read the middle one or two in order.</summary>
public static class Medians
{
    public static async Task<(TimeSpan? Median, int Count)> OfAsync(IQueryable<long> seconds, CancellationToken cancellationToken)
    {
        var count = await seconds.CountAsync(cancellationToken);
        if (count == 0)
        {
            return (null, 0);
        }
        var middle = await seconds.OrderBy(s => s).Skip((count - 1) / 2).Take(2 - count % 2).ToListAsync(cancellationToken);
        return (TimeSpan.FromSeconds(middle.Average()), count);
    }
}
