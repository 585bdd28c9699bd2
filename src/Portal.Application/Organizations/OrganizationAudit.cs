using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Organizations;

/// <summary>
/// A company's steps go to the audit log under its id, for staff: a customer's own timeline never shows them. The
/// registration is written by the registration itself, once the company has its id; every later step follows from the
/// organization's events (<see cref="Events.OrganizationAuditTrail"/>).
/// </summary>
public static class OrganizationAudit
{
    public const string EntityType = "Organization";

    public static readonly AuditAction Registered = AuditAction.StaffOnly("Registered");
    public static readonly AuditAction Approved = AuditAction.StaffOnly("Approved");
    public static readonly AuditAction Suspended = AuditAction.StaffOnly("Suspended");
    public static readonly AuditAction Reinstated = AuditAction.StaffOnly("Reinstated");
    public static readonly AuditAction TierChanged = AuditAction.StaffOnly("TierChanged", "Tier changed");
    public static readonly AuditAction ScreeningHeld = AuditAction.StaffOnly("ScreeningHeld", "Held by restricted-party screening");
    public static readonly AuditAction ScreeningCleared = AuditAction.StaffOnly("ScreeningCleared", "Screening cleared");
    public static readonly AuditAction ScreeningConfirmed = AuditAction.StaffOnly("ScreeningConfirmed", "Screening match confirmed");
    public static readonly AuditAction SiteAdded = AuditAction.StaffOnly("SiteAdded", "Site added");
    public static readonly AuditAction SiteChanged = AuditAction.StaffOnly("SiteChanged", "Site changed");
    public static readonly AuditAction SiteRemoved = AuditAction.StaffOnly("SiteRemoved", "Site removed");
    public static readonly AuditAction BillingAddressSaved = AuditAction.StaffOnly("BillingAddressSaved", "Billing address saved");
    public static readonly AuditAction BillingAddressRemoved = AuditAction.StaffOnly("BillingAddressRemoved", "Billing address removed");
    public static readonly AuditAction BillingDetailsChanged = AuditAction.StaffOnly("BillingDetailsChanged", "Tax id and purchase order rule changed");

    public static void Record(this IPortalDb db, DateTime now, string actor, int organizationId, AuditAction action,
        string? fromState = null, string? toState = null, string? reason = null) =>
        db.AuditEvents.Add(new AuditEvent(now, actor, EntityType, organizationId.ToString(CultureInfo.InvariantCulture), action, fromState, toState, reason));
}
