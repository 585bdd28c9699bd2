namespace Portal.Domain.Payments;

/// <summary>Where a deposit stands.</summary>
public enum DepositState
{
    /// <summary>Asked for and not yet received.</summary>
    Due,
    Paid,

    /// <summary>A refund has been asked of the provider and is being recorded: a webhook about it leaves the deposit alone.</summary>
    Refunding,

    /// <summary>Paid back through Stripe.</summary>
    Refunded,

    /// <summary>Paid by bank transfer and owed back: the vendor's finance team transfers it, outside the portal.</summary>
    RefundOwed,

    /// <summary>No longer asked for: what it was for ended before it was paid.</summary>
    Void,
}
