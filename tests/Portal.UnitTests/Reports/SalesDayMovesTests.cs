using Portal.Domain.Quotes;
using Portal.Domain.Reports;

namespace Portal.UnitTests.Reports;

public sealed class SalesDayMovesTests
{
    private static readonly DateTime Submitted = new(2026, 3, 30, 23, 10, 0, DateTimeKind.Utc);
    private static readonly DateTime Issued = new(2026, 4, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Accepted = new(2026, 4, 9, 16, 30, 0, DateTimeKind.Utc);

    private static SalesFacts Quote(QuoteStatus status, DateTime? submitted = null, DateTime? issued = null, DateTime? accepted = null,
        string? salesperson = "sam", long? total = null) =>
        new(status, salesperson, 7, submitted, issued, accepted, total, total is null ? null : total + 500, total is null ? null : 500);

    private static string Describe(SalesDay d) =>
        $"{d.Day:MM-dd} {d.Status} '{d.SalespersonId}' {d.OrganizationId}: {d.Submitted}/{d.SubmittedValueMinorUnits} {d.Issued}/{d.IssuedValueMinorUnits}/{d.IssuedListMinorUnits}/{d.IssuedDiscountMinorUnits} {d.Accepted}/{d.AcceptedValueMinorUnits}";

    private static List<string> Net(params (SalesFacts? Before, SalesFacts? After)[] changes)
    {
        var moves = new SalesDayMoves();
        foreach (var (before, after) in changes)
        {
            moves.Add(before, after);
        }
        return moves.Net.Select(Describe).ToList();
    }

    [Fact]
    public void ADraftCountsNowhere()
    {
        Assert.Empty(Net((null, Quote(QuoteStatus.Draft))));
    }

    [Fact]
    public void ASubmittedQuoteCountsOnTheUtcDayItWasSubmittedAndNobodyIsTheEmptySalesperson()
    {
        Assert.Equal(["03-30 Submitted '' 7: 1/0 0/0/0/0 0/0"], Net((Quote(QuoteStatus.Draft, salesperson: null), Quote(QuoteStatus.Submitted, Submitted, salesperson: null))));
    }

    [Fact]
    public void AnAcceptedQuoteCountsOnEachOfItsThreeDaysWithItsValue()
    {
        Assert.Equal(
            [
                "03-30 Accepted 'sam' 7: 1/1000 0/0/0/0 0/0",
                "04-02 Accepted 'sam' 7: 0/0 1/1000/1500/500 0/0",
                "04-09 Accepted 'sam' 7: 0/0 0/0/0/0 1/1000",
            ],
            Net((null, Quote(QuoteStatus.Accepted, Submitted, Issued, Accepted, total: 1000))));
    }

    [Fact]
    public void AChangeOfStatusMovesTheCountsFromTheOldStatusToTheNewAndLeavesNoEmptyDay()
    {
        var issued = Quote(QuoteStatus.Issued, Submitted, Issued, total: 1000);
        var accepted = Quote(QuoteStatus.Accepted, Submitted, Issued, Accepted, total: 1000);

        Assert.Equal(
            [
                "03-30 Issued 'sam' 7: -1/-1000 0/0/0/0 0/0",
                "03-30 Accepted 'sam' 7: 1/1000 0/0/0/0 0/0",
                "04-02 Issued 'sam' 7: 0/0 -1/-1000/-1500/-500 0/0",
                "04-02 Accepted 'sam' 7: 0/0 1/1000/1500/500 0/0",
                "04-09 Accepted 'sam' 7: 0/0 0/0/0/0 1/1000",
            ],
            Net((issued, accepted)));
        Assert.Empty(Net((issued, issued)));
    }

    [Fact]
    public void ARevisionIssuedOnALaterDayMovesTheIssuedCountAndTheNewTotalReachesTheSubmittedDay()
    {
        var first = Quote(QuoteStatus.Issued, Submitted, Issued, total: 1000);
        var revised = Quote(QuoteStatus.Issued, Submitted, Issued.AddDays(3), total: 900);

        Assert.Equal(
            [
                "03-30 Issued 'sam' 7: 0/-100 0/0/0/0 0/0",
                "04-02 Issued 'sam' 7: 0/0 -1/-1000/-1500/-500 0/0",
                "04-05 Issued 'sam' 7: 0/0 1/900/1400/500 0/0",
            ],
            Net((first, revised)));
    }

    [Fact]
    public void SavesOfTheSameDayAddUpAndADeletedQuoteTakesItsCountsAway()
    {
        var one = Quote(QuoteStatus.Submitted, Submitted);
        var other = Quote(QuoteStatus.Submitted, Submitted.AddMinutes(30));

        Assert.Equal(["03-30 Submitted 'sam' 7: 2/0 0/0/0/0 0/0"], Net((null, one), (null, other)));
        Assert.Empty(Net((null, one), (one, null)));
    }
}
