namespace Portal.Application.Waitlist.DeclineOffer;

/// <param name="SeenVersion">The entry's version its owner saw (the offer's id); a change since then refuses the answer.</param>
public sealed record DeclineOfferCommand(int EntryId, int? SeenVersion);
