using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Pages;

/// <summary>The question before an offer is declined: what is given up, and what happens to the place in line.</summary>
public sealed record DeclineOfferPage(WaitlistEntry Entry)
{
    /// <summary>The offer can still be declined; otherwise the page says it has ended.</summary>
    public bool IsOpen => Entry.Status == WaitlistStatus.Offered;

    /// <summary>The offer is for part of the units waited for: declining gives up the place for the rest too.</summary>
    public bool IsPartOffer => UnitsNotOffered > 0;

    /// <summary>The units waited for beyond the offer, whose place in line goes too.</summary>
    public int UnitsNotOffered => Entry.Quantity - (Entry.OfferedUnits ?? Entry.Quantity);
}
