using System.Globalization;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Auditing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>A company's approval rule changed: its audit row, on the company, says the new rule in words.</summary>
public sealed class BuyerApprovalRuleAudit(IPortalDb db, Acting acting, VendorProfile vendor) : IHandles<BuyerApprovalRuleChanged>
{
    public const string EntityType = "Organization";

    public static readonly AuditAction Changed = AuditAction.Shown("BuyerApprovalRuleChanged", "Approval rule changed");

    public Task HandleAsync(BuyerApprovalRuleChanged happened, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(new AuditEvent(happened.OccurredUtc, acting.Actor.Name, EntityType,
            happened.Rule.OrganizationId.ToString(CultureInfo.InvariantCulture), Changed, null, BuyerApprovalRuleWords.Of(happened.Rule, vendor.Currency), null));
        return Task.CompletedTask;
    }
}
