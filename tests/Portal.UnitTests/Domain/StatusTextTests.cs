using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.UnitTests.Domain;

/// <summary>Each status reads from one table, as a label and inside a sentence, and none reads as a run-together enum name.</summary>
public sealed class StatusTextTests
{
    public static TheoryData<QuoteStatus> QuoteStatuses() => new(Enum.GetValues<QuoteStatus>());

    public static TheoryData<DepositState> DepositStates() => new(Enum.GetValues<DepositState>());

    [Theory]
    [MemberData(nameof(QuoteStatuses))]
    public void EveryQuoteStatusHasALabelAndAPhraseInWords(QuoteStatus status)
    {
        Assert.Matches("^[A-Z][a-z' ]+$", QuoteStatusText.Label(status));
        Assert.Matches("^[a-z' ]+$", QuoteStatusText.Phrase(status));
        Assert.Equal(QuoteStatusText.Phrase(status), Quote.Describe(status));
    }

    [Theory]
    [MemberData(nameof(DepositStates))]
    public void EveryDepositStateHasALabelAndAPhraseInWords(DepositState state)
    {
        Assert.Matches("^[A-Z][a-z' ]+$", DepositStateText.Label(state));
        Assert.Matches("^[a-z' ]+$", DepositStateText.Phrase(state));
        Assert.Equal(DepositStateText.Phrase(state), Deposit.Describe(state));
    }

    [Fact]
    public void AQuoteOnComplianceHoldReadsAsWaitingForItsLicence()
    {
        Assert.Equal("Export licence pending", QuoteStatusText.Label(QuoteStatus.ComplianceHold));
        Assert.Equal("waiting for an export licence", Quote.Describe(QuoteStatus.ComplianceHold));
    }

    [Fact]
    public void TheWordsTheSuitesReadStayAsTheyWere()
    {
        Assert.Equal("in review", Quote.Describe(QuoteStatus.InReview));
        Assert.Equal("sent back for changes", Quote.Describe(QuoteStatus.ChangesRequested));
        Assert.Equal("Changes requested", QuoteStatusText.Label(QuoteStatus.ChangesRequested));
        Assert.Equal("Deposit paid", QuoteStatusText.Label(QuoteStatus.DepositPaid));
        Assert.Equal("owed back", Deposit.Describe(DepositState.RefundOwed));
        Assert.Equal("Refund owed", DepositStateText.Label(DepositState.RefundOwed));
    }
}
