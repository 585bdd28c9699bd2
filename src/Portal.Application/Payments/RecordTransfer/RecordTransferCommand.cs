namespace Portal.Application.Payments.RecordTransfer;

/// <summary>
/// What sales types when a deposit's bank transfer has arrived: the amount, the day and the bank's reference, for the
/// deposit as sales saw it (its version; null when whatever it is now will do).
/// </summary>
public sealed record RecordTransferCommand(int DepositId, int? SeenVersion, decimal? Amount, DateOnly? ReceivedOn, string? Reference);
