using Portal.Domain.Auditing;

namespace Portal.Application.Quotes;

/// <summary>
/// Quote steps go to the audit log under the quote's id; the quote page reads them back as its timeline. Each action
/// says whether the customer sees it: the vendor's own steps (pricing in progress, the approval of a discount: until a
/// revision is issued, its prices are not the customer's to see) it does not. Only <c>QuoteAuditTrail</c> writes them,
/// from the quote's events (and the demo seeder, whose history is backdated).
/// </summary>
public static class QuoteAudit
{
    public const string EntityType = "Quote";

    public static readonly AuditAction Created = AuditAction.Shown("Created");
    public static readonly AuditAction ConfigurationAdded = AuditAction.Shown("Configuration added");
    public static readonly AuditAction ConfigurationChanged = AuditAction.Shown("Configuration changed");
    public static readonly AuditAction ConfigurationRemoved = AuditAction.Shown("Configuration removed");
    public static readonly AuditAction ProductAdded = AuditAction.Shown("Product added");
    public static readonly AuditAction ProductRemoved = AuditAction.Shown("Product removed");
    public static readonly AuditAction DetailsSaved = AuditAction.Shown("Details saved");
    public static readonly AuditAction Submitted = AuditAction.Shown("Submitted");
    public static readonly AuditAction Resubmitted = AuditAction.Shown("Resubmitted");
    public static readonly AuditAction Claimed = AuditAction.Shown("Claimed");
    public static readonly AuditAction ChangesRequested = AuditAction.Shown("Changes requested");
    public static readonly AuditAction Rejected = AuditAction.Shown("Rejected");
    public static readonly AuditAction DeliveryMoved = AuditAction.Shown("Delivery moved");
    public static readonly AuditAction Priced = AuditAction.StaffOnly("Priced");
    public static readonly AuditAction ApprovalRequested = AuditAction.StaffOnly("Approval requested");
    public static readonly AuditAction SentBackToSales = AuditAction.StaffOnly("Sent back to sales");
    public static readonly AuditAction Approved = AuditAction.Shown("Approved");
    public static readonly AuditAction HeldForLicence = AuditAction.Shown("ComplianceHold", "Held for an export licence");
    public static readonly AuditAction ExportCleared = AuditAction.Shown("ExportCleared", "Export cleared");
    public static readonly AuditAction ExportRefused = AuditAction.Shown("ExportRefused", "Export refused");
    public static readonly AuditAction Issued = AuditAction.Shown("Issued");
    public static readonly AuditAction BuyerApprovalGiven = AuditAction.Shown("BuyerApprovalGiven", "Approved by the customer");
    public static readonly AuditAction BuyerApprovalsDropped = AuditAction.Shown("BuyerApprovalsDropped", "Customer's approvals dropped");
    public static readonly AuditAction Accepted = AuditAction.Shown("Accepted");
    public static readonly AuditAction Declined = AuditAction.Shown("Declined");
    public static readonly AuditAction Expired = AuditAction.Shown("Expired");
    public static readonly AuditAction RevisionOpened = AuditAction.Shown("Revision opened");
    public static readonly AuditAction Cancelled = AuditAction.Shown("Cancelled");
    public static readonly AuditAction DepositPaid = AuditAction.Shown("Deposit paid");
    public static readonly AuditAction CancelledWithRefund = AuditAction.Shown("Cancelled with a refund");
    public static readonly AuditAction MessagePosted = AuditAction.Shown("Message written");
    public static readonly AuditAction InternalNote = AuditAction.StaffOnly("Internal note written");
}
