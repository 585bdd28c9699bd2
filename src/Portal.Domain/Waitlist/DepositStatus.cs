namespace Portal.Domain.Waitlist;

/// <summary>Where a reservation's refundable deposit stands; an ordinary waitlist entry has none.</summary>
public enum DepositStatus
{
    None,
    Due,
    Paid,
    Refunded,
}
