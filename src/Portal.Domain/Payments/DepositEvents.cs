using Portal.Domain.Common;

namespace Portal.Domain.Payments;

/// <summary>
/// Something that happened to a deposit, recorded by the method that did it: the deposit as it is after the step, the
/// state it left and when. Saving the deposit turns the event into its audit row, its mails and its webhook deliveries,
/// and lets what the deposit is for (a quote, a reservation) take its own step.
/// </summary>
public abstract record DepositEvent(Deposit Deposit, DepositState From, DateTime OccurredUtc) : IDomainEvent
{
    /// <summary>The state the step led to.</summary>
    public DepositState To { get; } = Deposit.State;
}

/// <param name="How">How it arrived, in words: "paid by card, checkout session cs_…" or "bank transfer received …".</param>
public sealed record DepositPaid(Deposit Deposit, DateTime OccurredUtc, string How) : DepositEvent(Deposit, DepositState.Due, OccurredUtc);

/// <summary>A payment arrived that the deposit did not take (not what it asks for, or while it is no longer due): it stays as it was.</summary>
/// <param name="Problem">What arrived and why it was not taken, as the payer reads it on the deposit's page.</param>
public sealed record PaymentRefused(Deposit Deposit, DateTime OccurredUtc, string Problem) : DepositEvent(Deposit, Deposit.State, OccurredUtc);

/// <summary>We refunded the card payment through the provider.</summary>
/// <param name="Why">What ended that the deposit was for ("Quote cancelled", "Reservation withdrawn").</param>
public sealed record DepositRefunded(Deposit Deposit, DateTime OccurredUtc, string Why) : DepositEvent(Deposit, DepositState.Paid, OccurredUtc);

/// <summary>Someone refunded the card payment at the provider, outside the portal; what the deposit was for stands.</summary>
public sealed record RefundedAtProvider(Deposit Deposit, DateTime OccurredUtc) : DepositEvent(Deposit, DepositState.Paid, OccurredUtc);

/// <summary>A deposit paid by bank transfer is owed back; the vendor's finance team transfers it.</summary>
/// <param name="Why">What ended that the deposit was for.</param>
public sealed record DepositRefundOwed(Deposit Deposit, DateTime OccurredUtc, string Why) : DepositEvent(Deposit, DepositState.Paid, OccurredUtc);

/// <summary>What the deposit was for ended before it was paid: it is no longer asked for.</summary>
/// <param name="Why">What ended ("Quote cancelled", "Reservation withdrawn").</param>
public sealed record DepositVoided(Deposit Deposit, DateTime OccurredUtc, string Why) : DepositEvent(Deposit, DepositState.Due, OccurredUtc);
