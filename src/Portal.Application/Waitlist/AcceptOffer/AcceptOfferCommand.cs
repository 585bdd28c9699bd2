namespace Portal.Application.Waitlist.AcceptOffer;

/// <param name="SeenVersion">The entry's version its owner saw (the offer's id); a change since then refuses the answer.</param>
/// <param name="SiteId">The organization's site the units go to.</param>
public sealed record AcceptOfferCommand(int EntryId, int? SeenVersion, int? SiteId);
