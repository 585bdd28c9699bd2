using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

/// <summary>Sales prices a quote in review: discounts per line or for the quote, quarters per line, validity, whose authority it needs.</summary>
public sealed class QuoteRepricingTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Quarter ThisQuarter = Quarter.Containing(Now);

    /// <summary>One rack configuration (id 0) and one service line (id 0), in review, delivery next quarter.</summary>
    private static Quote InReview()
    {
        var quote = new Quote(1, "buyer", Now);
        quote.AddConfiguration(Products.Rack(), [(Products.Component("SLED"), 4)], 2, Now);
        quote.AddProduct(Products.Service(), 2, Now);
        quote.Describe(7, ThisQuarter.Plus(1), "", Now);
        quote.Submit(Now);
        quote.Claim("sales", Now);
        return quote;
    }

    private static QuoteRepricing Repricing(decimal discount, LineTerms? configuration = null, LineTerms? product = null, int validity = 30) =>
        new(discount, validity,
            configuration is null ? new Dictionary<int, LineTerms>() : new Dictionary<int, LineTerms> { [0] = configuration },
            product is null ? new Dictionary<int, LineTerms>() : new Dictionary<int, LineTerms> { [0] = product },
            []);

    [Fact]
    public void ALineTakesItsOwnDiscountAndQuarterOrElseTheQuotes()
    {
        var quote = InReview();

        quote.Reprice(Repricing(5m, new LineTerms(3, null, null), new LineTerms(1, 12.5m, ThisQuarter.Plus(3)), validity: 20), ThisQuarter, Now);

        var (rack, service) = (quote.Racks[0], quote.Products[0]);
        Assert.Equal((3, 5m, ThisQuarter.Plus(1)), (rack.RackCount, quote.DiscountOf(rack), quote.QuarterOf(rack)));
        Assert.Equal((1, 12.5m, ThisQuarter.Plus(3)), (service.Quantity, quote.DiscountOf(service), quote.QuarterOf(service)));
        Assert.Equal(12.5m, quote.HighestDiscount);
        Assert.Equal(20, quote.ValidityDays);
    }

    [Fact]
    public void SalesAddsMoreOfAComponentARackAlreadyHasToTheSameRowAndNeverNone()
    {
        var quote = InReview();
        var sled = Products.Component("SLED");

        quote.Reprice(Repricing(0m) with { AddedComponents = new Dictionary<int, (Portal.Domain.Catalog.Product, int)> { [0] = (sled, 2) } }, ThisQuarter, Now);

        Assert.Equal(6, Assert.Single(quote.Racks[0].Components).Quantity);
        Assert.Throws<DomainException>(() => quote.Reprice(Repricing(0m) with { AddedComponents = new Dictionary<int, (Portal.Domain.Catalog.Product, int)> { [0] = (sled, 0) } }, ThisQuarter, Now));
        Assert.Equal(6, quote.Racks[0].Components[0].Quantity);
    }

    [Fact]
    public void ALineSetToTheRequestedQuarterFollowsTheQuoteWhenTheWholeDeliveryMoves()
    {
        var quote = InReview();
        quote.Reprice(Repricing(0m, new LineTerms(2, null, ThisQuarter.Plus(1)), new LineTerms(2, null, ThisQuarter.Plus(2))), ThisQuarter, Now);
        Assert.Null(quote.Racks[0].DeliveryQuarter);

        quote.MoveDelivery(ThisQuarter.Plus(4), Now);

        Assert.All(new QuoteLine[] { quote.Racks[0], quote.Products[0] }, l => Assert.Equal(ThisQuarter.Plus(4), quote.QuarterOf(l)));
    }

    public static TheoryData<string, QuoteRepricing> Refused() => new()
    {
        { "nobody can give more", Repricing(25.01m) },
        { "nobody can give more", Repricing(0m, product: new LineTerms(2, 30m, null)) },
        { "quantity of at least 1", Repricing(0m, new LineTerms(0, null, null)) },
        { "before 2026-Q4", Repricing(0m, product: new LineTerms(2, null, ThisQuarter.Plus(-1))) },
        { "valid for 1 to 90 days", Repricing(0m, validity: 91) },
        { "needs at least one line", Repricing(0m, new LineTerms(2, null, null, Remove: true), new LineTerms(2, null, null, Remove: true)) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ABadPricingIsRefusedWholeAndChangesNothing(string message, QuoteRepricing repricing)
    {
        var quote = InReview();
        var before = (quote.Version, quote.DiscountPercent, quote.ValidityDays, quote.Racks.Count, quote.Products.Count, quote.Racks[0].RackCount);

        var refusal = Assert.Throws<DomainException>(() => quote.Reprice(repricing, ThisQuarter, Now));

        Assert.Contains(message, refusal.Message);
        Assert.Equal(before, (quote.Version, quote.DiscountPercent, quote.ValidityDays, quote.Racks.Count, quote.Products.Count, quote.Racks[0].RackCount));
    }

    [Fact]
    public void RemovingALineAndAddingAProductChangeTheLines()
    {
        var quote = InReview();
        var support = Products.Service("SVC-SUPPORT");

        quote.Reprice(Repricing(0m, product: new LineTerms(2, null, null, Remove: true)) with { Added = [(support, 3)] }, ThisQuarter, Now);

        var line = Assert.Single(quote.Products);
        Assert.Equal(3, line.Quantity);
    }

    [Fact]
    public void SalesApprovesUpToTenPercentAndAboveThatTheQuoteWaitsForAnAdmin()
    {
        var within = InReview();
        within.Reprice(Repricing(10m), ThisQuarter, Now);
        within.Approve(DiscountAuthority.Sales, Now);
        Assert.Equal(QuoteStatus.Approved, within.Status);
        Assert.Throws<DomainException>(() => InReviewPricedAt(10m).RequestApproval(Now));

        var above = InReviewPricedAt(0m);
        above.Reprice(Repricing(0m, product: new LineTerms(2, 10.5m, null)), ThisQuarter, Now);
        var refusal = Assert.Throws<DomainException>(() => above.Approve(DiscountAuthority.Sales, Now));
        Assert.Contains("above your authority of 10 %", refusal.Message);
        Assert.Equal(QuoteStatus.InReview, above.Status);

        above.RequestApproval(Now);
        Assert.Throws<DomainException>(() => above.Approve(DiscountAuthority.Sales, Now));
        above.Approve(DiscountAuthority.Admin, Now);
        Assert.Equal(QuoteStatus.Approved, above.Status);
    }

    [Fact]
    public void AQuoteKeepsItsLatestIssuedTotalsWhileRevisedUntilTheNextIssue()
    {
        var quote = InReview();
        Assert.Null(quote.IssuedTotalMinorUnits);
        quote.Approve(DiscountAuthority.Sales, Now);
        quote.Issue(Now, Now.AddDays(30), Totals.Of(1_000_00, salesDiscount: 50_00));

        quote.Revise("alex", Now.AddDays(1));
        var whileRevised = (quote.IssuedListMinorUnits, quote.IssuedSalesDiscountMinorUnits, quote.IssuedTotalMinorUnits);
        quote.Approve(DiscountAuthority.Sales, Now.AddDays(1));
        quote.Issue(Now.AddDays(1), Now.AddDays(31), Totals.Of(900_00));

        Assert.Equal((1_000_00L, 50_00L, 950_00L), whileRevised);
        Assert.Equal((900_00L, 0L, 900_00L), (quote.IssuedListMinorUnits!.Value, quote.IssuedSalesDiscountMinorUnits!.Value, quote.IssuedTotalMinorUnits!.Value));
    }

    [Fact]
    public void RevisingAnIssuedQuoteOpensTheNextRevisionForTheReviser()
    {
        var quote = InReview();
        quote.Approve(DiscountAuthority.Sales, Now);
        quote.Issue(Now, Now.AddDays(30), Totals.Of(100_00));

        quote.Revise("alex", Now.AddDays(1));

        Assert.Equal((QuoteStatus.InReview, 2, "alex"), (quote.Status, quote.Revision, quote.ClaimedById));
        var old = Assert.Throws<DomainException>(() => quote.Accept(new QuoteAcceptance("A", "B", null, "::1", 1, Now), Now.AddDays(1)));
        Assert.Contains("cannot be accepted while it is in review", old.Message);
    }

    private static Quote InReviewPricedAt(decimal discount)
    {
        var quote = InReview();
        quote.Reprice(Repricing(discount), ThisQuarter, Now);
        return quote;
    }
}
