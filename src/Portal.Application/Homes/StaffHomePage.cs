using Portal.Application.Organizations;
using Portal.Application.Quotes.ExportHolds;
using Portal.Application.Quotes.Review;
using Portal.Domain.Common;

namespace Portal.Application.Homes;

/// <summary>
/// The home of sales and admins: the requests I claimed by age against the two-day target, the requests nobody has
/// claimed, the quotes waiting for an admin, the bank transfers to record and the quotes about to expire; for an admin
/// also the companies to approve and the quotes held for an export licence.
/// </summary>
public sealed record StaffHomePage(
    IReadOnlyList<ClaimedRequest> MyRequests,
    IReadOnlyList<ClaimedRequest> Unclaimed,
    int UnclaimedCount,
    IReadOnlyList<QuoteAwaitingAdmin> AwaitingAdmin,
    IReadOnlyList<TransferToRecord> TransfersToRecord,
    IReadOnlyList<QuoteAboutToExpire> Expiring,
    AdminWork? Admin)
{
    /// <summary>How soon an issued quote's end puts it on the list of quotes about to expire.</summary>
    public const int ExpiringWithinDays = 7;

    /// <summary>How many of the unclaimed requests the home lists, the oldest first; the queue has them all.</summary>
    public const int UnclaimedShown = 10;

    public static readonly string Target = ReviewQueue.Target;

    public bool IsAdmin => Admin is not null;

    public int MoreUnclaimed => UnclaimedCount - Unclaimed.Count;

    public string AwaitingAdminHeading => IsAdmin ? "Approvals waiting for you" : "Waiting for an admin's approval";
}

/// <summary>What only an admin decides: companies to approve, quotes held for an export licence.</summary>
public sealed record AdminWork(IReadOnlyList<OrganizationRow> CompaniesToApprove, IReadOnlyList<ExportHoldRow> ExportHolds);

/// <summary>A submitted request, how many business days it has waited, and whether that is past the target.</summary>
public sealed record ClaimedRequest(int Id, string Number, string Customer, DateTime SubmittedUtc, double WaitingDays)
{
    public bool IsLate => WaitingDays > ReviewQueue.TargetBusinessDays;

    /// <summary>The wait to a tenth of a day, rounded up, as the review queue shows it.</summary>
    public double WaitingDaysShown => Math.Ceiling(WaitingDays * 10) / 10;
}

/// <summary>A quote priced above the sales authority, who priced it and since when it waits.</summary>
public sealed record QuoteAwaitingAdmin(int Id, string Number, string Customer, string? PricedBy, DateTime WaitingSinceUtc);

/// <summary>A deposit to be paid by bank transfer, not yet recorded as received.</summary>
public sealed record TransferToRecord(int Id, string Reference, string Customer, Money Amount, DateTime AskedUtc);

/// <summary>An issued quote the customer has not answered, ending soon.</summary>
public sealed record QuoteAboutToExpire(int Id, string Number, string Customer, string? ClaimedBy, DateTime ValidUntilUtc, TimeSpan Left);
