using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Compliance.Screenings;

/// <summary>Restricted-party lists loaded and cancelled go to the audit log under the list version's id, for the vendor's staff to read.</summary>
public static class ScreeningListAudit
{
    public const string EntityType = "ScreeningList";

    public static readonly AuditAction Loaded = AuditAction.StaffOnly("ScreeningListLoaded", "Screening list loaded");
    public static readonly AuditAction Cancelled = AuditAction.StaffOnly("ScreeningListCancelled", "Screening list upload cancelled");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, int versionId, AuditAction action, string toState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, versionId.ToString(CultureInfo.InvariantCulture), action, toState: toState));
}
