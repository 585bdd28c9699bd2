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
        actor.IsStaff
            ? quotes.Where(q => q.Status != QuoteStatus.Draft)
            : quotes.Where(q => q.OrganizationId == actor.CustomerOrganizationId);
}
