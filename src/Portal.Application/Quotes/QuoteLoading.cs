using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

public static class QuoteLoading
{
    /// <summary>A quote with its configurations, components and loose products, each with its catalog product.</summary>
    public static IQueryable<Quote> WithLines(this IQueryable<Quote> quotes) =>
        quotes
            .Include(q => q.Racks).ThenInclude(c => c.Rack)
            .Include(q => q.Racks).ThenInclude(c => c.Components).ThenInclude(c => c.Product)
            .Include(q => q.Products).ThenInclude(p => p.Product);
}
