namespace Portal.Application.Waitlist.ChangeQuantity;

/// <param name="SeenVersion">The entry's version its owner saw; a change since then refuses the step.</param>
public sealed record ChangeQuantityCommand(int EntryId, int? SeenVersion, int? Quantity);
