using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>How long a request has waited: any time, over one business day, or past the two-day target.</summary>
public enum ReviewAge
{
    OverOneDay,
    OverTarget,
}

/// <summary>Which requests the queue shows: the open ones (submitted or in review), all of them, or those in one status.</summary>
public sealed record ReviewFilter(string? Status, string? Search, ProductFamily? Family, ReviewAge? Age, int Page)
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;
    public const string Open = "";
    public const string All = "All";

    public bool IsDefault => (Status is null or Open) && string.IsNullOrWhiteSpace(Search) && Family is null && Age is null;
}

/// <summary>A request in the queue, with its value as priced now, who is working on it and how many business days it has waited.</summary>
public sealed record ReviewRow(
    int Id, string Number, QuoteStatus Status, string Customer, int RackCount, int LineCount, Money Value, DateTime SubmittedUtc, string? ClaimedBy, double WaitingDays)
{
    public bool IsOpen => Status.IsOpen();

    public bool IsLate => IsOpen && WaitingDays > ReviewQueue.TargetBusinessDays;

    /// <summary>The wait to a tenth of a day, rounded up: a request just past the target never reads "2.0 of 2 days".</summary>
    public double WaitingDaysShown => Math.Ceiling(WaitingDays * 10) / 10;
}

/// <summary>
/// Sales' queue of submitted requests, oldest first: the open ones (submitted, in review) unless the filter says
/// otherwise, by customer or number, product family and age.
/// </summary>
public sealed class ReviewQueue(IPortalDb db, QuotePricing pricing, TimeProvider clock)
{
    /// <summary>Sales aims to answer a request within two business days of its submission.</summary>
    public const double TargetBusinessDays = 2;

    /// <summary>The target as the pages and mails say it.</summary>
    public static readonly string Target = $"{TargetBusinessDays} business days";

    public async Task<Page<ReviewRow>> ListAsync(ReviewFilter filter, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = Filter(db.Quotes.AsNoTracking(), filter, now);
        var total = await query.CountAsync(cancellationToken);
        var page = Paging.Clamp(filter.Page, total, ReviewFilter.PageSize);
        var rows = await query
            .OrderBy(q => q.SubmittedUtc).ThenBy(q => q.Id)
            .Skip((page - 1) * ReviewFilter.PageSize).Take(ReviewFilter.PageSize)
            .Select(q => new
            {
                q.Id, q.Number, q.Status, q.SubmittedUtc,
                Customer = db.Organizations.Where(o => o.Id == q.OrganizationId).Select(o => o.Name).First(),
                Racks = q.Racks.Sum(c => c.RackCount),
                Lines = q.Racks.Count + q.Products.Count,
                ClaimedBy = db.Users.Where(u => u.Id == q.ClaimedById).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var values = await ValuesAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var items = rows.Select(r => new ReviewRow(r.Id, r.Number!, r.Status, r.Customer, r.Racks, r.Lines, values[r.Id], r.SubmittedUtc!.Value, r.ClaimedBy,
            BusinessDays.Between(r.SubmittedUtc!.Value, now))).ToList();
        return new Page<ReviewRow>(items, page, ReviewFilter.PageSize, total);
    }

    /// <summary>What each of the page's requests is worth as sales prices it now: list prices, the volume tier and the discounts typed so far.</summary>
    private async Task<Dictionary<int, Money>> ValuesAsync(List<int> ids, CancellationToken cancellationToken) =>
        (await db.Quotes.AsNoTracking().WithLines().Where(q => ids.Contains(q.Id)).ToListAsync(cancellationToken))
        .ToDictionary(q => q.Id, q => pricing.Price(q).Summary.Total);

    private IQueryable<Quote> Filter(IQueryable<Quote> query, ReviewFilter filter, DateTime now)
    {
        query = filter.Status switch
        {
            null or ReviewFilter.Open => query.Where(q => q.Status == QuoteStatus.Submitted || q.Status == QuoteStatus.InReview),
            ReviewFilter.All => query.Where(q => q.Status != QuoteStatus.Draft),
            _ when Enum.TryParse<QuoteStatus>(filter.Status, out var status) && status != QuoteStatus.Draft => query.Where(q => q.Status == status),
            _ => query.Where(q => false),
        };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var upper = text[..Math.Min(text.Length, ReviewFilter.SearchMaxLength)].ToUpperInvariant();
            query = query.Where(q => (q.Number != null && q.Number.Contains(upper))
                || db.Organizations.Any(o => o.Id == q.OrganizationId && o.Name.ToUpper().Contains(upper)));
        }
        if (filter.Family is { } family)
        {
            query = query.Where(q => q.Racks.Any(c => c.Rack!.Family == family || c.Components.Any(x => x.Product!.Family == family))
                || q.Products.Any(p => p.Product!.Family == family));
        }
        if (filter.Age is { } age)
        {
            var cutoff = BusinessDays.Before(now, age == ReviewAge.OverTarget ? TargetBusinessDays : 1);
            query = query.Where(q => q.SubmittedUtc < cutoff);
        }
        return query;
    }
}
