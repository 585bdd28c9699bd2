using Portal.Application.Common;

namespace Portal.UnitTests.Common;

public sealed class TaxIdsTests
{
    /// <summary>Per country with a format: a tax id of its format (as people type it: spaces, dots and hyphens are dropped), and one that is not.</summary>
    public static TheoryData<string, string, string> ByCountry => new()
    {
        { "AT", "ATU12345678", "AT12345678" },
        { "BE", "BE 0123.456.789", "BE2123456789" },
        { "BG", "BG1234567890", "BG12345678" },
        { "CY", "CY12345678L", "CY123456789" },
        { "CZ", "CZ1234567890", "CZ1234567" },
        { "DE", "DE 123 456 789", "DE12345678" },
        { "DK", "DK12 34 56 78", "DK123456789" },
        { "EE", "EE123456789", "EE12345678" },
        { "ES", "ESX1234567Z", "ESX12345678Z" },
        { "FI", "FI12345678", "FI1234567" },
        { "FR", "FR 2A 123456789", "FR123456789" },
        { "GR", "EL123456789", "GR123456789" },
        { "HR", "HR12345678901", "HR1234567890" },
        { "HU", "HU12345678", "HU123456789" },
        { "IE", "IE1234567WA", "IE12345678" },
        { "IT", "IT12345678901", "IT1234567890" },
        { "LT", "LT123456789012", "LT1234567890" },
        { "LU", "LU12345678", "LU1234567" },
        { "LV", "LV12345678901", "LV1234567890" },
        { "MT", "MT12345678", "MT1234567" },
        { "NL", "nl123456789b01", "NL123456789" },
        { "PL", "PL123-456-78-90", "PL123456789" },
        { "PT", "PT123456789", "PT12345678" },
        { "RO", "RO12", "RO1" },
        { "SE", "SE123456789001", "SE123456789012" },
        { "SI", "SI12345678", "SI1234567" },
        { "SK", "SK1234567890", "SK123456789" },
        { "US", "12-3456789", "123456789" },
    };

    [Theory]
    [MemberData(nameof(ByCountry))]
    public void EachCountryTakesItsFormatAndRefusesAnother(string country, string good, string bad)
    {
        Assert.True(TaxIds.IsValid(country, good), $"{good} should be a tax id of {country}");
        Assert.False(TaxIds.IsValid(country, bad), $"{bad} should not be a tax id of {country}");
    }

    [Theory]
    [InlineData("DE", "de 123.456-789", "DE123456789")]
    [InlineData("US", " 12-3456789 ", "12-3456789")]
    [InlineData("NO", "no 923 456 789 mva", "NO 923 456 789 MVA")]
    public void ATaxIdIsKeptInItsCountrysWriting(string country, string typed, string kept) =>
        Assert.Equal(kept, TaxIds.Normalize(country, typed));

    [Theory]
    [InlineData("NO", "923456789MVA")]
    [InlineData("JP", "T1234567890123")]
    [InlineData("AE", "anything at all")]
    public void ACountryWithoutAFormatTakesPlainText(string country, string taxId) => Assert.True(TaxIds.IsValid(country, taxId));

    [Fact]
    public void AnotherCountrysVatNumberIsRefused() => Assert.False(TaxIds.IsValid("FR", "DE123456789"));
}
