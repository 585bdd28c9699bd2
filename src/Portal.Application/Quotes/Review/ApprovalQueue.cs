using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>A quote waiting for an admin's approval: who priced it, its highest discount and its total.</summary>
public sealed record ApprovalRow(int Id, string Number, string Customer, string? PricedBy, decimal HighestDiscount, Money Total, DateTime WaitingSinceUtc);

/// <summary>The admins' queue: quotes priced above the sales authority, longest waiting first.</summary>
public sealed class ApprovalQueue(IPortalDb db, QuotePricing pricing)
{
    public const int PageSize = 25;

    public async Task<Page<ApprovalRow>> ListAsync(int page, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only admins approve discounts above the sales authority.");
        }
        var pending = db.Quotes.AsNoTracking().Where(q => q.Status == QuoteStatus.PendingApproval);
        var total = await pending.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var quotes = await pending.OrderBy(q => q.UpdatedUtc).ThenBy(q => q.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .WithLines().ToListAsync(cancellationToken);
        var organizationIds = quotes.Select(q => q.OrganizationId).Distinct().ToList();
        var customers = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var claimerIds = quotes.Select(q => q.ClaimedById).OfType<string>().Distinct().ToList();
        var claimers = await db.Users.AsNoTracking().Where(u => claimerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var rows = quotes.Select(q => new ApprovalRow(q.Id, q.Number!, customers[q.OrganizationId],
            q.ClaimedById is { } id ? claimers.GetValueOrDefault(id) : null, q.HighestDiscount, pricing.Price(q).Summary.Total, q.UpdatedUtc)).ToList();
        return new Page<ApprovalRow>(rows, page, PageSize, total);
    }
}
