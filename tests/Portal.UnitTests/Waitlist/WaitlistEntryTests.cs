using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;
using static Portal.UnitTests.Waitlist.WaitlistLineTests;

namespace Portal.UnitTests.Waitlist;

/// <summary>An entry's moves: growing goes to the back, offers whole or partial, answered in time or lapsing.</summary>
public sealed class WaitlistEntryTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Quarter Q1 = new(2027, 1);

    [Fact]
    public void GrowingMovesToTheBackAndShrinkingKeepsThePlace()
    {
        var entry = Entry(OrganizationTier.Standard, 4, Q1, Now);

        entry.ChangeQuantity(2, 16, Now.AddDays(1));
        Assert.Equal(Now, entry.QueuedUtc);
        entry.ChangeQuantity(5, 16, Now.AddDays(2));
        Assert.Equal(Now.AddDays(2), entry.QueuedUtc);
        Assert.Throws<DomainException>(() => entry.ChangeQuantity(17, 16, Now.AddDays(3)));
        Assert.Equal(5, entry.Quantity);
    }

    [Fact]
    public void APartialOfferAcceptedKeepsThePlaceForTheRest()
    {
        var entry = Entry(OrganizationTier.Standard, 5, null, Now);

        entry.Offer(2, Q1, Now);
        Assert.Equal(Now + WaitlistEntry.OfferTime, entry.OfferExpiresUtc);
        Assert.Throws<DomainException>(() => entry.ChangeQuantity(1, 16, Now));
        entry.AcceptOffer(42, "Q-42", Now.AddHours(71));

        Assert.Equal((WaitlistStatus.Waiting, 3, 42, Now), (entry.Status, entry.Quantity, entry.QuoteId, entry.QueuedUtc));
        entry.Offer(3, Q1.Plus(1), Now.AddDays(5));
        entry.AcceptOffer(43, "Q-43", Now.AddDays(5));
        Assert.Equal((WaitlistStatus.Accepted, 0), (entry.Status, entry.Quantity));
    }

    [Fact]
    public void TheFirstOfferRecordsHowLongTheEntryWaitedAndLaterOnesDoNot()
    {
        var entry = Entry(OrganizationTier.Standard, 5, null, Now);

        entry.Offer(2, Q1, Now.AddDays(3));
        entry.AcceptOffer(42, "Q-42", Now.AddDays(4));
        entry.Offer(3, Q1, Now.AddDays(9));

        Assert.Equal((Now.AddDays(3), 3 * 86_400L), (entry.FirstOfferedUtc, entry.SecondsUntilFirstOffer));
    }

    [Fact]
    public void AnOfferIsForTheWantedQuarterAndAtMostTheUnitsWaitedFor()
    {
        var entry = Entry(OrganizationTier.Standard, 2, Q1, Now);

        Assert.Throws<DomainException>(() => entry.Offer(3, Q1, Now));
        Assert.Throws<DomainException>(() => entry.Offer(1, Q1.Plus(1), Now));
        Assert.Equal(WaitlistStatus.Waiting, entry.Status);
    }

    [Fact]
    public void AnOfferNotTakenInTimeLapsesAndCannotBeAcceptedAfterwards()
    {
        var entry = Entry(OrganizationTier.Standard, 2, Q1, Now);
        entry.Offer(2, Q1, Now);

        Assert.Throws<DomainException>(() => entry.ExpireOffer(Now.AddHours(71)));
        var late = Assert.Throws<DomainException>(() => entry.AcceptOffer(1, "Q-1", Now.AddHours(73)));
        Assert.Contains("ran out", late.Message);
        entry.ExpireOffer(Now.AddHours(73));

        Assert.Equal(WaitlistStatus.Expired, entry.Status);
        Assert.Throws<DomainException>(() => entry.DeclineOffer(Now.AddHours(74)));
        Assert.Throws<DomainException>(() => entry.Leave(Now.AddHours(74)));
    }
}
