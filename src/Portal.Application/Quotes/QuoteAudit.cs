using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <summary>Quote events go to the audit log under the quote's id; the quote page reads them back as its timeline.</summary>
public static class QuoteAudit
{
    public const string EntityType = "Quote";

    public const string Priced = "Priced";
    public const string ApprovalRequested = "Approval requested";
    public const string SentBackToSales = "Sent back to sales";

    /// <summary>
    /// The vendor's own steps, which the customer's timeline leaves out: pricing in progress and the approval of a
    /// discount (until a revision is issued, its prices are not the customer's to see).
    /// </summary>
    public static readonly IReadOnlyList<string> StaffOnly = [Priced, ApprovalRequested, SentBackToSales];

    public static void Record(this IPortalDb db, DateTime now, Actor actor, Quote quote, string action,
        string? fromState = null, string? toState = null, string? reason = null) =>
        db.Audit(now, actor, EntityType, quote.Id.ToString(CultureInfo.InvariantCulture), action, fromState, toState, reason);
}
