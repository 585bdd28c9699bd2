using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Application.Reports;

namespace Portal.Application.Compliance;

/// <summary>
/// The compliance decisions in a date range, newest first: quotes held for an export licence, cleared (with the licence)
/// or refused; companies held by a possible match, and matches cleared or confirmed. Read from the audit log, row by
/// row, so an export of years of decisions stays small in memory.
/// </summary>
public sealed class ComplianceReport(IPortalDb db)
{
    private static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["ComplianceHold"] = "Quote held for an export licence",
        ["ExportCleared"] = "Export cleared with a licence",
        ["ExportRefused"] = "Export refused",
        ["ScreeningHeld"] = "Company held: possible restricted-party match",
        ["ScreeningCleared"] = "Possible match cleared",
        ["ScreeningConfirmed"] = "Match confirmed: company suspended",
    };

    public static string KindOf(string action) => Kinds.GetValueOrDefault(action, action);

    public async IAsyncEnumerable<ComplianceDecision> DecisionsAsync(ReportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var actions = Kinds.Keys.ToList();
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => actions.Contains(e.Action) && e.OccurredUtc >= filter.FromUtc && e.OccurredUtc < filter.ToUtc)
            .OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Select(e => new
            {
                e.OccurredUtc, e.Action, e.Actor, e.Reason, e.ToState,
                Quote = e.EntityType == QuoteAudit.EntityType ? db.Quotes.Where(q => q.Id.ToString() == e.EntityId).Select(q => q.Number).FirstOrDefault() : null,
                Organization = e.EntityType == QuoteAudit.EntityType
                    ? db.Quotes.Where(q => q.Id.ToString() == e.EntityId).Join(db.Organizations, q => q.OrganizationId, o => o.Id, (q, o) => o.Name).FirstOrDefault()
                    : db.Organizations.Where(o => o.Id.ToString() == e.EntityId).Select(o => o.Name).FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            yield return new ComplianceDecision(e.OccurredUtc, KindOf(e.Action), e.Organization ?? string.Empty, e.Quote, e.Actor, e.Reason ?? e.ToState ?? string.Empty);
        }
    }
}

/// <summary>One decision: when, what, about which company (and quote), by whom, and why or with what.</summary>
public sealed record ComplianceDecision(DateTime OccurredUtc, string Kind, string Organization, string? Quote, string By, string Detail);
