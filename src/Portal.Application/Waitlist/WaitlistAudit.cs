using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// Waitlist steps go to the audit log under the entry's id. Customers have no timeline of their entries (their
/// waitlist page shows where each stands), so every action is staff's to read.
/// </summary>
public static class WaitlistAudit
{
    public const string EntityType = "WaitlistEntry";

    public static readonly AuditAction Joined = AuditAction.StaffOnly("Joined");
    public static readonly AuditAction QuantityChanged = AuditAction.StaffOnly("Quantity changed");
    public static readonly AuditAction Moved = AuditAction.StaffOnly("Moved");
    public static readonly AuditAction Left = AuditAction.StaffOnly("Left the waitlist");
    public static readonly AuditAction Offered = AuditAction.StaffOnly("Offered");
    public static readonly AuditAction OfferAccepted = AuditAction.StaffOnly("Offer accepted");
    public static readonly AuditAction OfferDeclined = AuditAction.StaffOnly("Offer declined");
    public static readonly AuditAction OfferExpired = AuditAction.StaffOnly("Offer expired");
    public static readonly AuditAction DepositPaid = AuditAction.StaffOnly("Deposit paid");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, WaitlistEntry entry, AuditAction action,
        string? fromState = null, string? toState = null, string? reason = null) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, entry.Id.ToString(CultureInfo.InvariantCulture), action, fromState, toState, reason));
}
