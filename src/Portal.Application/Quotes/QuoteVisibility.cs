using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

public static class QuoteVisibility
{
    /// <summary>
    /// The quotes an actor may see: a customer its own organization's, drafts included; sales and admins every
    /// submitted one, but never a customer's unsubmitted draft.
    /// </summary>
    public static IQueryable<Quote> VisibleTo(this IQueryable<Quote> quotes, Actor actor) =>
        actor.IsStaff ? quotes.Where(q => q.Status != QuoteStatus.Draft) : quotes.OfOrganization(actor.CustomerOrganizationId);

    /// <summary>The organization is read before the query is built: an actor without one is refused (403), not a failed query.</summary>
    private static IQueryable<Quote> OfOrganization(this IQueryable<Quote> quotes, int organizationId) =>
        quotes.Where(q => q.OrganizationId == organizationId);
}
