using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

/// <summary>What the reports' medians are made of: each issued revision knows how long after submission it came, each acceptance how long after issue.</summary>
public sealed class ResponseTimeTests
{
    private static readonly DateTime Submitted = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TheRevisionCountsFromTheSubmissionAndTheAcceptanceFromTheIssue()
    {
        var quote = new Quote(1, "buyer", Submitted.AddHours(-1));
        quote.AddProduct(Products.Service(), 1, Submitted);
        quote.Describe(7, Quarter.Containing(Submitted).Plus(1), "", Submitted);
        quote.Submit(Submitted);
        quote.Claim("sales", Submitted.AddHours(3));
        quote.Approve(DiscountAuthority.Sales, Submitted.AddHours(26));
        var totals = Totals.Of(100);
        quote.Issue(Submitted.AddHours(26), Submitted.AddDays(30), totals);

        var revision = new QuoteRevision(quote, [1, 2, 3], totals, [], "Sam Sales");
        quote.Accept(new QuoteAcceptance("Harper Quinn", "CTO", null, "203.0.113.7", 1, Submitted.AddHours(26 + 50)), Submitted.AddHours(26 + 50));

        Assert.Equal(26 * 3600, revision.SecondsSinceSubmitted);
        Assert.Equal(50 * 3600, quote.Acceptance!.SecondsAfterIssue);
    }
}
