namespace Portal.Application.Payments.AskReservationDeposit;

/// <summary>The customer goes to pay the deposit of one of its reservations (a waitlist entry).</summary>
public sealed record AskReservationDepositCommand(int EntryId);
