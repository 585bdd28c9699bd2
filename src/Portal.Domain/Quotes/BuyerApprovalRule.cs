using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// How a customer company approves the quotes issued to it, set by its administrator. At or below
/// <see cref="LimitsAboveMinorUnits"/> any Approver accepts, whatever their limit; above it, an Approver within their own
/// limit must. Above <see cref="SecondApprovalAboveMinorUnits"/> (when set) two distinct Approvers are needed, each within
/// their limit. The default (limits above 0, no second approval) is how every company worked before it set a rule.
/// </summary>
[ShownOn(ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class BuyerApprovalRule : IRecordsEvents
{
    private readonly List<IDomainEvent> _events = [];

    private BuyerApprovalRule()
    {
    }

    private BuyerApprovalRule(int organizationId)
    {
        OrganizationId = organizationId;
    }

    /// <summary>The rule a company has before its administrator sets one: every acceptance within the approver's limit, one approver.</summary>
    public static BuyerApprovalRule Default(int organizationId) => new(organizationId);

    public int OrganizationId { get; private set; }

    /// <summary>The quote total, in minor units, above which an Approver's limit applies.</summary>
    public long LimitsAboveMinorUnits { get; private set; }

    /// <summary>The quote total, in minor units, above which two Approvers are needed; null for never.</summary>
    public long? SecondApprovalAboveMinorUnits { get; private set; }

    public DateTime? ChangedUtc { get; private set; }

    /// <summary>Whether an approver's limit counts for a quote of this total.</summary>
    public bool LimitsApplyTo(Money total) => total.MinorUnits > LimitsAboveMinorUnits;

    /// <summary>How many distinct approvers a quote of this total needs.</summary>
    public int ApprovalsNeededFor(Money total) => SecondApprovalAboveMinorUnits is { } second && total.MinorUnits > second ? 2 : 1;

    public void Change(long limitsAboveMinorUnits, long? secondApprovalAboveMinorUnits, DateTime now)
    {
        if (limitsAboveMinorUnits < 0 || secondApprovalAboveMinorUnits <= limitsAboveMinorUnits)
        {
            throw new DomainException("The amount above which two approvers are needed must be above the amount above which limits apply.");
        }
        LimitsAboveMinorUnits = limitsAboveMinorUnits;
        SecondApprovalAboveMinorUnits = secondApprovalAboveMinorUnits;
        ChangedUtc = now;
        _events.Add(new BuyerApprovalRuleChanged(this, now));
    }

    /// <inheritdoc/>
    public bool HasEvents => _events.Count > 0;

    /// <inheritdoc/>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}

/// <summary>A company's administrator changed how the company approves its quotes.</summary>
public sealed record BuyerApprovalRuleChanged(BuyerApprovalRule Rule, DateTime OccurredUtc) : IDomainEvent;
