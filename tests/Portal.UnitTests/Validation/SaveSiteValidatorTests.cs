using Portal.Application.Sites.Save;
using Portal.Domain.Organizations;

namespace Portal.UnitTests.Validation;

public sealed class SaveSiteValidatorTests
{
    private static readonly SaveSiteValidator Validator = new();

    private static SaveSiteCommand Valid() => new(null, "Ashburn DC1", "Ashburn", "US", 12_000, CoolingType.Liquid);

    [Fact]
    public void AWellFormedSitePasses() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(Site.MaxPowerKw + 1)]
    public void PowerOutsideItsRangeIsRefusedWithTheRange(int kw)
    {
        var error = Assert.Single(Validator.Validate(Valid() with { PowerAvailableKw = kw }).Errors);

        Assert.Equal("PowerAvailableKw", error.PropertyName);
        Assert.Contains("between 1 and 1,000,000 kW", error.ErrorMessage);
    }

    [Fact]
    public void AnUndefinedCoolingIsRefused() =>
        Assert.Contains(Validator.Validate(Valid() with { Cooling = (CoolingType)7 }).Errors, e => e.PropertyName == "Cooling");
}
