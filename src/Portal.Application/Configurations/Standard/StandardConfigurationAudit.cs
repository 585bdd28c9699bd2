using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Configurations.Standard;

/// <summary>An admin's changes to a standard configuration go to the audit log under its id, for staff.</summary>
public static class StandardConfigurationAudit
{
    public const string EntityType = "StandardConfiguration";

    public static readonly AuditAction Created = AuditAction.StaffOnly("StandardConfigurationCreated", "Standard configuration created");
    public static readonly AuditAction Changed = AuditAction.StaffOnly("StandardConfigurationChanged", "Standard configuration changed");
    public static readonly AuditAction Retired = AuditAction.StaffOnly("StandardConfigurationRetired", "Standard configuration retired");

    public static void Record(this IPortalDb db, DateTime now, string actor, int configurationId, AuditAction action, string? fromState, string? toState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor, EntityType, configurationId.ToString(CultureInfo.InvariantCulture), action, fromState, toState));
}
