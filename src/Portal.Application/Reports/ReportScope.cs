using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>Whose quotes and deposits a report counts: every submitted quote for admins, the ones it claimed for a salesperson; of a family, if asked.</summary>
public static class ReportScope
{
    public static IQueryable<Quote> Quotes(IPortalDb db, ReportFilter filter, Actor actor)
    {
        var quotes = db.Quotes.Where(q => q.SubmittedUtc != null);
        if (!actor.IsAdmin)
        {
            quotes = quotes.Where(q => q.ClaimedById == actor.UserId);
        }
        if (filter.Family is { } family)
        {
            quotes = quotes.Where(q => q.Configurations.Any(c => c.Rack!.Family == family || c.Components.Any(k => k.Product!.Family == family))
                                       || q.Products.Any(p => p.Product!.Family == family));
        }
        return quotes;
    }

    /// <summary>
    /// The deposits of the quotes the report counts; for admins without a family, every deposit: reservation deposits
    /// too, and a quote's deposit is asked for only once it is accepted, so its quote was submitted.
    /// </summary>
    public static IQueryable<Deposit> Deposits(IPortalDb db, ReportFilter filter, Actor actor)
    {
        if (actor.IsAdmin && filter.Family is null)
        {
            return db.Deposits;
        }
        var quotes = Quotes(db, filter, actor);
        return db.Deposits.Where(d => d.QuoteId != null && quotes.Any(q => q.Id == d.QuoteId));
    }

    public static IQueryable<Deposit> PaidIn(this IQueryable<Deposit> deposits, ReportFilter filter)
    {
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return deposits.Where(d => d.PaidUtc >= start && d.PaidUtc < end);
    }

    /// <summary>Deposits refunded, or owed back, in the range: by when the refund was made or found owed.</summary>
    public static IQueryable<Deposit> RefundedIn(this IQueryable<Deposit> deposits, ReportFilter filter)
    {
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return deposits.Where(d => DepositStates.Refunded.Contains(d.State) && (d.RefundedUtc ?? d.UpdatedUtc) >= start && (d.RefundedUtc ?? d.UpdatedUtc) < end);
    }

    public static IQueryable<Deposit> DueNow(this IQueryable<Deposit> deposits) => deposits.Where(d => d.State == DepositState.Due);
}
