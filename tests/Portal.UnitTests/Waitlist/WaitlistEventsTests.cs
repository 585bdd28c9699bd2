using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;
using static Portal.UnitTests.Waitlist.WaitlistLineTests;

namespace Portal.UnitTests.Waitlist;

/// <summary>Each step of an entry records what happened, from which state to which; a refused step records nothing.</summary>
public sealed class WaitlistEventsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Quarter Q1 = new(2027, 1);

    private static T Single<T>(WaitlistEntry entry)
        where T : WaitlistEvent => Assert.IsType<T>(Assert.Single(entry.TakeEvents()));

    [Fact]
    public void ANewEntryRecordsNothingUntilItTakesItsPlace()
    {
        var entry = Entry(OrganizationTier.Standard, 4, Q1, Now);
        Assert.False(entry.HasEvents);

        entry.TakePlace(new WaitlistPlace(3, 7), Now);

        var joined = Single<WaitlistJoined>(entry);
        Assert.Equal((WaitlistStatus.Waiting, WaitlistStatus.Waiting, new WaitlistPlace(3, 7), Now), (joined.From, joined.To, joined.Place, joined.OccurredUtc));
        Assert.False(entry.HasEvents);
    }

    [Fact]
    public void AnEntryTakesItsPlaceOnceAndOnlyWithItsId()
    {
        var organization = new Organization("Org", "US", "billing@org.example", Now);
        var unsaved = new WaitlistEntry(organization, "buyer", Builders.Products.Rack(), 1, Q1, Now);
        Assert.Throws<InvalidOperationException>(() => unsaved.TakePlace(new WaitlistPlace(1, 0), Now));

        var entry = Entry(OrganizationTier.Standard, 4, Q1, Now);
        entry.ChangeQuantity(2, 16, Now);
        Assert.Throws<InvalidOperationException>(() => entry.TakePlace(new WaitlistPlace(1, 0), Now));
    }

    [Fact]
    public void AChangedQuantityAndAMoveRecordWhatTheyChanged()
    {
        var entry = Entry(OrganizationTier.Standard, 4, Q1, Now);

        entry.ChangeQuantity(6, 16, Now.AddDays(1));
        Assert.Equal(4, Single<QuantityChanged>(entry).FromQuantity);

        entry.MoveTo(0, Now.AddDays(-1), new PlaceInLine(9, 9), new PlaceInLine(1, 9), "Contract signed", Now.AddDays(2));
        var moved = Single<EntryMoved>(entry);
        Assert.Equal(("place 9 of 9", "place 1 of 9", "Contract signed"), (moved.FromPlace.ToString(), moved.ToPlace.ToString(), moved.Reason));
    }

    [Fact]
    public void OnlyAMoveOfMoreThanFivePlacesIsNoted()
    {
        var entry = Entry(OrganizationTier.Standard, 4, Q1, Now);

        entry.NotePlaceChanged(8, 3, Now);
        Assert.False(entry.HasEvents);
        entry.NotePlaceChanged(9, 3, Now);

        var changed = Single<PlaceChanged>(entry);
        Assert.Equal((9, 3), (changed.FromPosition, changed.ToPosition));
    }

    [Fact]
    public void AnOfferRecordsItsMakingAndItsAnswer()
    {
        var entry = Entry(OrganizationTier.Standard, 5, null, Now);

        entry.Offer(2, Q1, Now);
        var offer = Single<OfferMade>(entry);
        Assert.Equal((WaitlistStatus.Waiting, WaitlistStatus.Offered), (offer.From, offer.To));

        entry.AcceptOffer(42, "Q-2026-000042", Now.AddHours(1));
        var accepted = Single<OfferAccepted>(entry);
        Assert.Equal((WaitlistStatus.Offered, WaitlistStatus.Waiting, "Q-2026-000042"), (accepted.From, accepted.To, accepted.QuoteNumber));

        entry.Offer(3, Q1, Now.AddDays(1));
        entry.DeclineOffer(Now.AddDays(2));
        Assert.Equal([typeof(OfferMade), typeof(OfferDeclined)], entry.TakeEvents().Select(e => e.GetType()));
    }

    [Fact]
    public void ALapsedOfferAndALeavingRecordTheStateLeft()
    {
        var lapsing = Entry(OrganizationTier.Standard, 2, Q1, Now);
        lapsing.Offer(2, Q1, Now);
        _ = lapsing.TakeEvents();
        lapsing.ExpireOffer(Now.AddHours(73));
        var expired = Single<OfferExpired>(lapsing);
        Assert.Equal((WaitlistStatus.Offered, WaitlistStatus.Expired), (expired.From, expired.To));

        var leaving = Entry(OrganizationTier.Standard, 2, Q1, Now);
        leaving.Offer(1, Q1, Now);
        _ = leaving.TakeEvents();
        leaving.Leave(Now.AddHours(1));
        var left = Single<LeftWaitlist>(leaving);
        Assert.Equal((WaitlistStatus.Offered, WaitlistStatus.Withdrawn), (left.From, left.To));
    }

    [Fact]
    public void ARefusedStepRecordsNothing()
    {
        var entry = Entry(OrganizationTier.Standard, 2, Q1, Now);

        Assert.Throws<DomainException>(() => entry.DeclineOffer(Now));
        Assert.Throws<DomainException>(() => entry.ChangeQuantity(17, 16, Now));
        Assert.Throws<DomainException>(() => entry.Offer(3, Q1, Now));

        Assert.False(entry.HasEvents);
    }
}
