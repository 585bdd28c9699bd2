using Portal.Application.Common;

namespace Portal.UnitTests.Common;

public sealed class AddressFormatTests
{
    [Theory]
    [InlineData("US", "VA", "20147", "Ashburn", "Ashburn, VA 20147", "United States")]
    [InlineData("CA", "ON", "M5V 3L9", "Toronto", "Toronto ON M5V 3L9", "Canada")]
    [InlineData("AU", "NSW", "2000", "Sydney", "Sydney NSW 2000", "Australia")]
    [InlineData("DE", null, "60325", "Frankfurt am Main", "60325 Frankfurt am Main", "Germany")]
    [InlineData("NO", null, "3660", "Rjukan", "3660 Rjukan", "Norway")]
    [InlineData("IT", "RM", "00184", "Roma", "00184 Roma RM", "Italy")]
    [InlineData("us", null, "20147", "Ashburn", "Ashburn 20147", "United States")]
    public void TheCityLineFollowsTheCountrysOrder(string country, string? region, string postalCode, string city, string cityLine, string countryName) =>
        Assert.Equal(["1 Main Street", cityLine, countryName], AddressFormat.Lines("1 Main Street", postalCode, city, region, country));

    [Theory]
    [InlineData("US", "VA", true)]
    [InlineData("US", "va", true)]
    [InlineData("US", "DC", true)]
    [InlineData("US", "XX", false)]
    [InlineData("US", "Virginia", false)]
    [InlineData("US", null, false)]
    [InlineData("CA", "QC", true)]
    [InlineData("CA", "VA", false)]
    [InlineData("AU", "VIC", true)]
    [InlineData("AU", "", false)]
    [InlineData("DE", null, true)]
    [InlineData("DE", "Hessen", true)]
    [InlineData("DE", "<script>", false)]
    public void ARegionIsACodeOfTheTableWhereTheCountryNeedsOne(string country, string? region, bool valid) =>
        Assert.Equal(valid, Regions.IsValid(country, region));

    [Fact]
    public void ACodeIsKeptInCapitalsAndAnEmptyRegionAsNone()
    {
        Assert.Equal("VA", Regions.Normalize("US", " va "));
        Assert.Equal("Hessen", Regions.Normalize("DE", " Hessen "));
        Assert.Null(Regions.Normalize("DE", "  "));
    }
}
