using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.UnitTests.Domain;

/// <summary>Each step of the lifecycle records what happened, with what its side effects need; a refused step records nothing.</summary>
public sealed class QuoteEventsTests
{
    /// <summary>Every legal move of the lifecycle table, with the events it records.</summary>
    public static TheoryData<QuoteStatus, string, string> Moves() => new()
    {
        { QuoteStatus.Draft, "submit", nameof(QuoteSubmitted) },
        { QuoteStatus.ChangesRequested, "submit", nameof(QuoteSubmitted) },
        { QuoteStatus.Submitted, "claim", nameof(QuoteClaimed) },
        { QuoteStatus.InReview, "claim", nameof(QuoteClaimed) },
        { QuoteStatus.InReview, "request changes", nameof(ChangesRequested) },
        { QuoteStatus.Submitted, "reject", nameof(QuoteRejected) },
        { QuoteStatus.InReview, "reject", nameof(QuoteRejected) },
        { QuoteStatus.Submitted, "cancel", nameof(QuoteCancelled) },
        { QuoteStatus.Issued, "cancel", nameof(QuoteCancelled) },
        { QuoteStatus.Submitted, "move delivery", nameof(DeliveryMoved) },
        { QuoteStatus.InReview, "price", nameof(QuotePriced) },
        { QuoteStatus.InReview, "price above sales authority", $"{nameof(QuotePriced)} {nameof(ApprovalRequested)}" },
        { QuoteStatus.PendingApproval, "send back for pricing", nameof(SentBackForPricing) },
        { QuoteStatus.InReview, "approve", nameof(QuoteApproved) },
        { QuoteStatus.PendingApproval, "approve", nameof(QuoteApproved) },
        { QuoteStatus.Approved, "hold for licence", nameof(HeldForExportLicence) },
        { QuoteStatus.ComplianceHold, "clear export", nameof(ExportCleared) },
        { QuoteStatus.ComplianceHold, "refuse export", nameof(ExportRefused) },
        { QuoteStatus.Approved, "issue", nameof(QuoteIssued) },
        { QuoteStatus.Issued, "accept", nameof(QuoteAccepted) },
        { QuoteStatus.Issued, "decline", nameof(QuoteDeclined) },
        { QuoteStatus.Issued, "expire", nameof(QuoteExpired) },
        { QuoteStatus.Issued, "revise", nameof(QuoteRevised) },
        { QuoteStatus.Declined, "revise", nameof(QuoteRevised) },
        { QuoteStatus.Accepted, "confirm deposit", nameof(DepositConfirmed) },
        { QuoteStatus.DepositPaid, "cancel after deposit", nameof(CancelledAfterDeposit) },
        { QuoteStatus.Draft, "edit", nameof(ProductAdded) },
        { QuoteStatus.ChangesRequested, "edit", nameof(ProductAdded) },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void EachMoveRecordsItsEventFromTheStateItLeftToTheOneItReached(QuoteStatus from, string action, string recorded)
    {
        var quote = QuoteLifecycleTests.In(from);
        _ = quote.TakeEvents();
        var (at, act) = QuoteLifecycleTests.Actions[action];

        act(quote);

        var events = quote.TakeEvents().Cast<QuoteEvent>().ToList();
        Assert.Equal(recorded, string.Join(" ", events.Select(e => e.GetType().Name)));
        Assert.All(events, e => Assert.Same(quote, e.Quote));
        Assert.All(events, e => Assert.Equal(at, e.OccurredUtc));
        if (events.Count > 0)
        {
            Assert.Equal(from, events[0].From);
            Assert.Equal(quote.Status, events[^1].To);
        }
    }

    [Fact]
    public void ANewDraftRecordsItsCreationAndEachChangeToIt()
    {
        var (rack, server, service) = (Builders.Products.Rack(), Builders.Products.Component("TRN3-SLED"), Builders.Products.Service("SVC-SUPPORT"));
        var quarter = Quarter.Containing(QuoteLifecycleTests.Later).Plus(2);

        var quote = new Quote(1, "buyer", QuoteLifecycleTests.Later);
        quote.AddConfiguration(rack, [(server, 4)], 2, QuoteLifecycleTests.Later);
        quote.ReplaceConfiguration(0, rack, [(server, 2)], 3, QuoteLifecycleTests.Later);
        quote.RemoveConfiguration(0, QuoteLifecycleTests.Later);
        quote.AddProduct(service, 2, QuoteLifecycleTests.Later);
        quote.RemoveProduct(0, QuoteLifecycleTests.Later);
        quote.Describe(7, quarter, " Notes ", QuoteLifecycleTests.Later);

        var events = quote.TakeEvents().Cast<QuoteEvent>().ToList();
        Assert.Equal(
            [nameof(DraftCreated), nameof(ConfigurationSaved), nameof(ConfigurationSaved), nameof(ConfigurationRemoved), nameof(ProductAdded),
                nameof(ProductRemoved), nameof(DetailsSaved)],
            events.Select(e => e.GetType().Name));
        Assert.All(events, e => Assert.Equal((QuoteStatus.Draft, QuoteStatus.Draft, QuoteLifecycleTests.Later), (e.From, e.To, e.OccurredUtc)));
        Assert.Equal((rack.Name, 2, false), events.OfType<ConfigurationSaved>().Select(c => (c.Rack, c.RackCount, c.Replaced)).First());
        Assert.Equal((rack.Name, 3, true), events.OfType<ConfigurationSaved>().Select(c => (c.Rack, c.RackCount, c.Replaced)).Last());
        Assert.Equal((service.Name, 2), events.OfType<ProductAdded>().Select(p => (p.Product, p.Quantity)).Single());
        Assert.Equal(quarter, events.OfType<DetailsSaved>().Single().RequestedQuarter);
    }

    [Fact]
    public void ASiteTakenFromAConfigurationIsPartOfSavingItAndNeverReplacesTheDraftsOwn()
    {
        var quote = new Quote(1, "buyer", QuoteLifecycleTests.Later);
        _ = quote.TakeEvents();

        quote.AssumeSite(7);
        quote.AssumeSite(8);

        Assert.Equal(7, quote.SiteId);
        Assert.False(quote.HasEvents);
    }

    [Fact]
    public void ARefusedMoveRecordsNothing()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.Draft);
        _ = quote.TakeEvents();

        Assert.Throws<DomainException>(() => quote.Accept(new QuoteAcceptance("A", "B", null, "203.0.113.7", 1, QuoteLifecycleTests.Later), QuoteLifecycleTests.Later));

        Assert.False(quote.HasEvents);
    }

    [Fact]
    public void TakingTheEventsEmptiesTheRecordSoASecondSaveHandsOverOnlyWhatIsNew()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.Submitted);
        var first = quote.TakeEvents();

        quote.Claim("sales", QuoteLifecycleTests.Later);

        Assert.NotEmpty(first);
        Assert.IsType<QuoteClaimed>(Assert.Single(quote.TakeEvents()));
        Assert.Empty(quote.TakeEvents());
    }

    [Fact]
    public void ChangesRequestedKeepsItsNoteOnTheQuote()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.InReview);
        _ = quote.TakeEvents();

        quote.RequestChanges("  Please add enterprise support.  ", QuoteLifecycleTests.Later);

        Assert.Equal("Please add enterprise support.", quote.ChangesNote);
        Assert.Equal("Please add enterprise support.", Assert.IsType<ChangesRequested>(Assert.Single(quote.TakeEvents())).Note);
    }

    [Fact]
    public void AnApprovalHeldForALicenceInTheSameStepIsOneHoldFromTheStateItWasApprovedIn()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.InReview);
        _ = quote.TakeEvents();

        quote.Approve(DiscountAuthority.Sales, QuoteLifecycleTests.Later);
        quote.HoldForExportLicence("EAR99 lines to SG need a licence", QuoteLifecycleTests.Later);

        var held = Assert.IsType<HeldForExportLicence>(Assert.Single(quote.TakeEvents()));
        Assert.Equal((QuoteStatus.InReview, QuoteStatus.ComplianceHold, "EAR99 lines to SG need a licence"), (held.From, held.To, held.Evidence));
    }

    [Fact]
    public void AnIssueCarriesTheTotalsItsMailStates()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.Approved);
        _ = quote.TakeEvents();
        var totals = Builders.Totals.Of(100_00);

        quote.Issue(QuoteLifecycleTests.Later, QuoteLifecycleTests.Later.AddDays(30), totals);

        Assert.Equal(totals, Assert.IsType<QuoteIssued>(Assert.Single(quote.TakeEvents())).Totals);
    }
}
