using Microsoft.Extensions.Time.Testing;
using Portal.Application.Catalog.SetSupply;

namespace Portal.UnitTests.Validation;

public sealed class SetSupplyValidatorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("2026-Q4", true)]
    [InlineData("2027-Q2", true)]
    [InlineData("2026-Q3", false)]
    [InlineData("Q3 2027", false)]
    [InlineData("2031-Q4", true)]
    [InlineData("2032-Q1", false)]
    [InlineData("9999-Q4", false)]
    public void SupplyIsSetForTheCurrentQuarterOrALaterOneUpToTheHorizon(string quarter, bool valid) =>
        Assert.Equal(valid, new SetSupplyValidator(_clock).Validate(new SetSupplyCommand("TRN3-RACK-48U", quarter, 10)).IsValid);

    [Fact]
    public void TheCurrentQuarterMovesWithTheClock()
    {
        var validator = new SetSupplyValidator(_clock);
        var command = new SetSupplyCommand("TRN3-RACK-48U", "2026-Q4", 10);
        Assert.True(validator.Validate(command).IsValid);

        _clock.Advance(TimeSpan.FromDays(40));

        Assert.False(validator.Validate(command).IsValid);
    }
}
