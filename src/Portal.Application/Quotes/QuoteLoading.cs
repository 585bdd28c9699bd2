using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
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

    /// <summary>
    /// A quote with its buyer's approvals, for the steps that give or drop them (approve, revise, expire); every other
    /// read leaves them out.
    /// </summary>
    public static IQueryable<Quote> WithBuyerApprovals(this IQueryable<Quote> quotes) => quotes.Include(q => q.BuyerApprovals);

    /// <summary>One of the actor's organization's quotes with its lines, to change as a draft by a requester; 404 for any other.</summary>
    public static Task<Quote> FindDraftAsync(this IPortalDb db, int quoteId, Actor actor, CancellationToken cancellationToken)
    {
        actor.CustomerWith(CompanyRoles.Requester);
        return OwnAsync(db.Quotes.WithLines(), quoteId, actor, cancellationToken);
    }

    /// <summary>One of the actor's organization's quotes, to answer; 404 for any other.</summary>
    public static Task<Quote> FindOwnAsync(this IPortalDb db, int quoteId, Actor actor, CancellationToken cancellationToken) =>
        OwnAsync(db.Quotes, quoteId, actor, cancellationToken);

    /// <summary>One of the actor's organization's quotes with its buyer's approvals, to approve; 404 for any other.</summary>
    public static Task<Quote> FindOwnToApproveAsync(this IPortalDb db, int quoteId, Actor actor, CancellationToken cancellationToken) =>
        OwnAsync(db.Quotes.WithBuyerApprovals(), quoteId, actor, cancellationToken);

    /// <summary>
    /// A quote the actor may see, refused when it changed since the version the actor decided on; 404 for any other.
    /// </summary>
    public static Task<Quote> FindSeenAsync(this IPortalDb db, int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken) =>
        db.Quotes.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);

    /// <inheritdoc cref="FindSeenAsync(IPortalDb, int, int?, Actor, CancellationToken)"/>
    public static async Task<Quote> FindSeenAsync(this IQueryable<Quote> quotes, int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken)
    {
        var quote = await quotes.VisibleTo(actor).SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        quote.EnsureUnchangedSince(seenVersion);
        return quote;
    }

    private static async Task<Quote> OwnAsync(IQueryable<Quote> quotes, int quoteId, Actor actor, CancellationToken cancellationToken)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await quotes.SingleOrDefaultAsync(q => q.Id == quoteId && q.OrganizationId == organizationId, cancellationToken)
               ?? throw new NotFoundException("The quote");
    }
}
