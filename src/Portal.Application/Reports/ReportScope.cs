using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.Application.Reports;

/// <summary>Whose quotes and deposits a report counts: every submitted quote for admins, the ones it claimed for a salesperson; of a family, if asked.</summary>
public static class ReportScope
{
    /// <summary>An admin's report of every family: every submitted quote, so a figure need not check a row's quote.</summary>
    public static bool CoversEverything(ReportFilter filter, Actor actor) => actor.IsAdmin && filter.Family is null;

    public static IQueryable<Quote> Quotes(IPortalDb db, ReportFilter filter, Actor actor)
    {
        var quotes = db.Quotes.Where(q => q.SubmittedUtc != null);
        if (!actor.IsAdmin)
        {
            quotes = quotes.Where(q => q.ClaimedById == actor.UserId);
        }
        if (filter.Family is { } family)
        {
            quotes = quotes.Where(q => q.Racks.Any(c => c.Rack!.Family == family || c.Components.Any(k => k.Product!.Family == family))
                                       || q.Products.Any(p => p.Product!.Family == family));
        }
        return quotes;
    }

    /// <summary>
    /// The sales days of the range the report counts: the kept ones (a salesperson's own), or, for a family, which the
    /// days do not tell apart, the same counts taken from the family's quotes one by one.
    /// </summary>
    public static SalesDaySource Days(IPortalDb db, ReportFilter filter, Actor actor)
    {
        if (filter.Family is null)
        {
            var (first, last) = (filter.From, filter.To);
            var days = db.SalesDays.Where(d => d.Day >= first && d.Day <= last);
            if (!actor.IsAdmin)
            {
                days = days.Where(d => d.SalespersonId == actor.UserId);
            }
            return new SalesDaySource(days, days, days);
        }
        var quotes = Quotes(db, filter, actor);
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return new SalesDaySource(
            quotes.Where(q => q.SubmittedUtc >= start && q.SubmittedUtc < end).Select(q => new SalesDay
            {
                Day = DateOnly.FromDateTime(q.SubmittedUtc!.Value), Status = q.Status, SalespersonId = q.ClaimedById ?? "", OrganizationId = q.OrganizationId,
                Submitted = 1, SubmittedValueMinorUnits = q.IssuedTotalMinorUnits ?? 0,
            }),
            quotes.Where(q => q.IssuedUtc >= start && q.IssuedUtc < end).Select(q => new SalesDay
            {
                Day = DateOnly.FromDateTime(q.IssuedUtc!.Value), Status = q.Status, SalespersonId = q.ClaimedById ?? "", OrganizationId = q.OrganizationId,
                Issued = 1, IssuedValueMinorUnits = q.IssuedTotalMinorUnits ?? 0, IssuedListMinorUnits = q.IssuedListMinorUnits ?? 0,
                IssuedDiscountMinorUnits = q.IssuedSalesDiscountMinorUnits ?? 0,
            }),
            quotes.Where(q => q.Acceptance!.AcceptedUtc >= start && q.Acceptance.AcceptedUtc < end).Select(q => new SalesDay
            {
                Day = DateOnly.FromDateTime(q.Acceptance!.AcceptedUtc), Status = q.Status, SalespersonId = q.ClaimedById ?? "", OrganizationId = q.OrganizationId,
                Accepted = 1, AcceptedValueMinorUnits = q.IssuedTotalMinorUnits ?? 0,
            }));
    }

    /// <summary>
    /// The deposits of the quotes the report counts; for admins without a family, every deposit: reservation deposits
    /// too, and a quote's deposit is asked for only once it is accepted, so its quote was submitted.
    /// </summary>
    public static IQueryable<Deposit> Deposits(IPortalDb db, ReportFilter filter, Actor actor)
    {
        if (CoversEverything(filter, actor))
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

/// <summary>The sales days a report sums for each thing it counts: quotes submitted, issued and accepted in the range.</summary>
public sealed record SalesDaySource(IQueryable<SalesDay> Submitted, IQueryable<SalesDay> Issued, IQueryable<SalesDay> Accepted);
