namespace Portal.Domain.Waitlist;

/// <summary>Where a waitlist entry stands: in line (waiting, or holding an offer) or out of it.</summary>
public enum WaitlistStatus
{
    Waiting,
    Offered,

    /// <summary>Took an offer for everything it waited for; the offer became a quote request.</summary>
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}
