using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Accounts;

/// <summary>
/// Accounts go to the audit log under their address, for staff. An account is Identity's user, which records no
/// events, so the use case that opens one writes its row through this helper, in the save that opens the account.
/// </summary>
public static class AccountAudit
{
    public const string EntityType = "User";

    public static readonly AuditAction Invited = AuditAction.StaffOnly("Invited");

    public static readonly AuditAction RolesChanged = AuditAction.StaffOnly("Company roles changed");

    public static void Record(this IPortalDb db, DateTime now, string actor, PortalUser account, AuditAction action, string? toState = null) =>
        db.AuditEvents.Add(new AuditEvent(now, actor, EntityType, account.Email!, action, toState: toState));
}
