using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules;

/// <summary>Destination rules added and withdrawn go to the audit log under the rule's id, for the vendor's admins to read.</summary>
public static class DestinationRuleAudit
{
    public const string EntityType = "DestinationRule";

    public static readonly AuditAction Added = AuditAction.StaffOnly("DestinationRuleAdded", "Destination rule added");
    public static readonly AuditAction Withdrawn = AuditAction.StaffOnly("DestinationRuleWithdrawn", "Destination rule withdrawn");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, DestinationRule rule, AuditAction action, string? fromState, string? toState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, rule.Id.ToString(CultureInfo.InvariantCulture), action, fromState, toState));
}
