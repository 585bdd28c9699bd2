using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>
/// The rows behind the dashboard's figures, for its exports: streamed from the database in a stable order, so an
/// export of any size holds one row at a time. Each is a single query: the portal splits queries by default, and EF
/// Core reads every row of a split query into memory before it hands over the first (seen on PostgreSQL: 460 MB more
/// for a million quotes, 17 MB as a single query).
/// </summary>
public sealed class ReportRows(IPortalDb db, VendorProfile vendor)
{
    /// <summary>The quotes submitted in the range, in the order they were submitted; one not issued yet at the list price of its lines.</summary>
    public IAsyncEnumerable<PipelineQuote> QuotesAsync(ReportFilter filter, Actor actor)
    {
        actor.EnsureStaff();
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        return (from e in ReportScope.Quotes(db, filter, actor).AsNoTracking().AtListPrice()
                where e.Quote.SubmittedUtc >= start && e.Quote.SubmittedUtc < end
                join o in db.Organizations on e.Quote.OrganizationId equals o.Id
                join u in db.Users on e.Quote.ClaimedById equals u.Id into staff
                from u in staff.DefaultIfEmpty()
                orderby e.Quote.SubmittedUtc, e.Quote.Id
                select new PipelineQuote(e.Quote.Number!, o.Name, e.Quote.Status, e.Quote.SubmittedUtc!.Value, e.Quote.IssuedUtc, e.Quote.Revision,
                    e.Quote.IssuedTotalMinorUnits ?? (QuoteStatusRules.BeforeIssue.Contains(e.Quote.Status) ? e.ListValueMinorUnits : null),
                    e.Quote.IssuedTotalMinorUnits != null || QuoteStatusRules.BeforeIssue.Contains(e.Quote.Status) ? vendor.Currency : null,
                    u == null ? null : u.FullName))
            .AsSingleQuery().AsAsyncEnumerable();
    }

    /// <summary>
    /// The deposits the dashboard's deposit figures count: paid in the range, refunded (or owed back) in the range, or
    /// due now; in the order they were asked for.
    /// </summary>
    public IAsyncEnumerable<DepositRow> DepositsAsync(ReportFilter filter, Actor actor)
    {
        actor.EnsureStaff();
        var scope = ReportScope.Deposits(db, filter, actor);
        var counted = scope.PaidIn(filter).Union(scope.RefundedIn(filter)).Union(scope.DueNow());
        return (from d in counted.AsNoTracking()
                join o in db.Organizations on d.OrganizationId equals o.Id
                join q in db.Quotes on d.QuoteId equals q.Id into quotes
                from q in quotes.DefaultIfEmpty()
                orderby d.CreatedUtc, d.Id
                select new DepositRow(d.Reference, o.Name, q == null ? null : q.Number, d.Description, d.State, d.Method,
                    d.AmountMinorUnits, d.Currency, d.CreatedUtc, d.PaidUtc, DepositStates.Refunded.Contains(d.State) ? d.RefundedUtc ?? d.UpdatedUtc : null))
            .AsSingleQuery().AsAsyncEnumerable();
    }
}

/// <summary>A quote as the pipeline export lists it; the value is its latest issued revision's total, before its first issue the list price of its lines, none once it ended unissued.</summary>
public sealed record PipelineQuote(
    string Number,
    string Customer,
    QuoteStatus Status,
    DateTime SubmittedUtc,
    DateTime? IssuedUtc,
    int Revision,
    long? TotalMinorUnits,
    string? Currency,
    string? Salesperson);

/// <summary>A deposit as the deposits export lists it; <paramref name="Quote"/> is null for a waitlist reservation's.</summary>
public sealed record DepositRow(
    string Reference,
    string Customer,
    string? Quote,
    string Description,
    DepositState State,
    DepositMethod Method,
    long AmountMinorUnits,
    string Currency,
    DateTime CreatedUtc,
    DateTime? PaidUtc,
    DateTime? RefundedUtc);
