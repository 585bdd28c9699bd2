using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>
/// Deposit steps go to the audit log under the deposit's reference. They are the vendor's own bookkeeping: the customer
/// follows a payment on the deposit's page and on the quote's timeline ("Deposit paid"), not through these rows.
/// </summary>
public static class DepositAudit
{
    public const string EntityType = "Deposit";

    public static readonly AuditAction Paid = AuditAction.StaffOnly("Paid");
    public static readonly AuditAction PaymentRefused = AuditAction.StaffOnly("Payment refused");
    public static readonly AuditAction Refunded = AuditAction.StaffOnly("Refunded");
    public static readonly AuditAction RefundedAtProvider = AuditAction.StaffOnly("Refunded at the provider");
    public static readonly AuditAction RefundOwed = AuditAction.StaffOnly("Refund owed");
    public static readonly AuditAction Voided = AuditAction.StaffOnly("No longer due");

    /// <summary>Why a deposit was refunded or is no longer due: what it was for ended.</summary>
    public const string QuoteCancelled = "Quote cancelled";

    public const string ReservationWithdrawn = "Reservation withdrawn";

    public static void Record(this IPortalDb db, DateTime now, Actor actor, Deposit deposit, AuditAction action,
        string? fromState = null, string? toState = null, string? reason = null) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, deposit.Reference, action, fromState, toState, reason));
}
