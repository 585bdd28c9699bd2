using Portal.Domain.Common;

namespace Portal.UnitTests.Domain;

public sealed class QuarterTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(12, 4)]
    public void AMonthFallsInItsQuarter(int month, int quarter) =>
        Assert.Equal(new Quarter(2027, quarter), Quarter.Containing(new DateTime(2027, month, 15, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void AddingQuartersCrossesYears()
    {
        Assert.Equal(new Quarter(2028, 1), new Quarter(2027, 4).Plus(1));
        Assert.Equal(new Quarter(2026, 4), new Quarter(2027, 1).Plus(-1));
        Assert.Equal(new Quarter(2029, 3), new Quarter(2027, 3).Plus(8));
    }

    [Fact]
    public void QuartersCompareInTimeOrderAndSoDoTheirTexts()
    {
        var quarters = new[] { new Quarter(2028, 1), new Quarter(2027, 4), new Quarter(2027, 1) };

        Assert.Equal(quarters.OrderBy(q => q), quarters.OrderBy(q => q.ToString(), StringComparer.Ordinal));
        Assert.True(new Quarter(2027, 4) < new Quarter(2028, 1));
    }

    [Theory]
    [InlineData("2027-Q1", true)]
    [InlineData("2027-Q4", true)]
    [InlineData("2027-Q5", false)]
    [InlineData("2027-Q0", false)]
    [InlineData("27-Q1", false)]
    [InlineData("2027Q1x", false)]
    [InlineData("1999-Q1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyWellFormedQuartersParse(string? text, bool parses)
    {
        Assert.Equal(parses, Quarter.TryParse(text, out var quarter));
        if (parses)
        {
            Assert.Equal(text, quarter.ToString());
        }
    }
}
