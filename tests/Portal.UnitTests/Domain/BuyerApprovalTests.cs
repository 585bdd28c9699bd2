using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.UnitTests.Domain;

/// <summary>The buyer's approvals of an issued revision: the last one needed accepts it; one person approves once; a revision replaced or expired drops them.</summary>
public sealed class BuyerApprovalTests
{
    private static readonly DateTime Later = QuoteLifecycleTests.Later;

    private static QuoteAcceptance Signed(string name, int revision = 1) => new(name, "Approver", null, "203.0.113.7", revision, Later);

    [Fact]
    public void TheFirstOfTwoApprovalsLeavesTheQuoteIssuedAndTheSecondAcceptsIt()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.Issued);
        quote.TakeEvents();

        quote.ApproveAsBuyer("first", Signed("Dana Okafor"), approvalsNeeded: 2, Later);
        var afterOne = (quote.Status, Assert.Single(quote.TakeEvents()));
        quote.ApproveAsBuyer("second", Signed("Aiko Tanaka"), approvalsNeeded: 2, Later);

        Assert.Equal(QuoteStatus.Issued, afterOne.Status);
        Assert.Equal(1, Assert.IsType<BuyerApprovalGiven>(afterOne.Item2).StillNeeded);
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
        Assert.Equal("Aiko Tanaka", quote.Acceptance!.Name);
        Assert.Equal(2, quote.BuyerApprovals.Count);
    }

    [Fact]
    public void TheSamePersonApprovesARevisionOnce()
    {
        var quote = QuoteLifecycleTests.In(QuoteStatus.Issued);
        quote.ApproveAsBuyer("first", Signed("Dana Okafor"), approvalsNeeded: 2, Later);

        var again = Assert.Throws<DomainException>(() => quote.ApproveAsBuyer("first", Signed("Dana Okafor"), approvalsNeeded: 2, Later));

        Assert.Contains("already approved", again.Message, StringComparison.Ordinal);
        Assert.Equal(QuoteStatus.Issued, quote.Status);
    }

    [Fact]
    public void ARevisionThatExpiresOrIsReplacedDropsItsApprovals()
    {
        var expiring = QuoteLifecycleTests.In(QuoteStatus.Issued);
        var revised = QuoteLifecycleTests.In(QuoteStatus.Issued);
        expiring.ApproveAsBuyer("first", Signed("Dana Okafor"), approvalsNeeded: 2, Later);
        revised.ApproveAsBuyer("first", Signed("Dana Okafor"), approvalsNeeded: 2, Later);
        expiring.TakeEvents();
        revised.TakeEvents();

        expiring.Expire(expiring.ValidUntilUtc!.Value.AddHours(1));
        revised.Revise("sales", Later);

        foreach (var quote in new[] { expiring, revised })
        {
            Assert.Empty(quote.BuyerApprovals);
            Assert.Equal("Dana Okafor", Assert.Single(quote.TakeEvents().OfType<BuyerApprovalsDropped>()).Approvers);
        }
    }

    [Fact]
    public void TheRuleNeedsASecondApproverOnlyAboveItsSecondAmount()
    {
        var rule = BuyerApprovalRule.Default(1);
        rule.Change(1_000_00, 5_000_00, Later);

        Assert.False(rule.LimitsApplyTo(new Money(1_000_00, "USD")));
        Assert.True(rule.LimitsApplyTo(new Money(1_000_01, "USD")));
        Assert.Equal(1, rule.ApprovalsNeededFor(new Money(5_000_00, "USD")));
        Assert.Equal(2, rule.ApprovalsNeededFor(new Money(5_000_01, "USD")));
        Assert.Throws<DomainException>(() => rule.Change(5_000_00, 5_000_00, Later));
    }
}
