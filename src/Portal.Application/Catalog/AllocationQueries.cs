using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Catalog;

public static class AllocationQueries
{
    /// <summary>The allocations of these products from the given quarter on: the supply a buyer can still get.</summary>
    public static IQueryable<Allocation> From(this IQueryable<Allocation> allocations, IReadOnlyCollection<int> productIds, Quarter quarter) =>
        allocations.Where(a => productIds.Contains(a.ProductId) && a.Quarter >= quarter);
}
