using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Reports;

/// <summary>
/// The quotes behind the pipeline figure, one row each, streamed from the database in the order they were submitted:
/// an export of any size holds one row at a time.
/// </summary>
public sealed class PipelineQuotes(IPortalDb db)
{
    public IAsyncEnumerable<PipelineQuote> StreamAsync(ReportFilter filter, Actor actor)
    {
        actor.EnsureStaff();
        var (start, end) = (filter.FromUtc, filter.ToUtc);
        var latest = ReportScope.LatestRevisions(db);
        return (from q in ReportScope.Quotes(db, filter, actor).AsNoTracking()
                where q.SubmittedUtc >= start && q.SubmittedUtc < end
                join o in db.Organizations on q.OrganizationId equals o.Id
                join r in latest on q.Id equals r.QuoteId into revisions
                from r in revisions.DefaultIfEmpty()
                join u in db.Users on q.ClaimedById equals u.Id into staff
                from u in staff.DefaultIfEmpty()
                orderby q.SubmittedUtc, q.Id
                select new PipelineQuote(q.Number!, o.Name, q.Status, q.SubmittedUtc!.Value, q.IssuedUtc, q.Revision,
                    r == null ? null : r.TotalMinorUnits, r == null ? null : r.Currency, u == null ? null : u.FullName))
            .AsAsyncEnumerable();
    }
}

/// <summary>A quote as the pipeline export lists it; the value is its latest issued revision's total, none before it is issued.</summary>
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
