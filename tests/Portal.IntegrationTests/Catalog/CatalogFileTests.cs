using Portal.Application.Catalog;
using Portal.Infrastructure.Catalog;

namespace Portal.IntegrationTests.Catalog;

/// <summary>The vendor's catalog file: the deposit share of its quote terms, with its default and its bounds; its products' classifications.</summary>
public sealed class CatalogFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
    private static readonly string Demo = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "demo-vendor.json"));

    [Fact]
    public void TheDemoAsksTwentyPercentAndAFileThatDoesNotSayAsksTen()
    {
        File.WriteAllText(_path, Demo);
        Assert.Equal(20m, CatalogFileReader.Read(_path).Vendor.QuoteTerms.DepositPercent);

        File.WriteAllText(_path, Demo.Replace("\"depositPercent\": 20,", "", StringComparison.Ordinal));
        Assert.Equal(QuoteTerms.DefaultDepositPercent, CatalogFileReader.Read(_path).Vendor.QuoteTerms.DepositPercent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100.5")]
    public void ADepositOfNothingOrMoreThanTheTotalIsRefused(string percent)
    {
        File.WriteAllText(_path, Demo.Replace("\"depositPercent\": 20,", $"\"depositPercent\": {percent},", StringComparison.Ordinal));
        Assert.Contains("must be more than 0 and at most 100", Assert.Throws<InvalidDataException>(() => CatalogFileReader.Read(_path)).Message);
    }

    [Fact]
    public void AProductClassifiedInAShapeNoRegulationUsesIsRefusedByName()
    {
        File.WriteAllText(_path, Demo.Replace("\"exportClassification\": \"5A992.c\"", "\"exportClassification\": \"network gear\"", StringComparison.Ordinal));
        Assert.Contains("classifies GRV4-SRV-1U as 'network gear'", Assert.Throws<InvalidDataException>(() => CatalogFileReader.Read(_path)).Message);
    }

    [Fact]
    public void TheDemoNamesItsIllustrativeComplianceFilesBesideIt()
    {
        File.WriteAllText(_path, Demo);
        Assert.Equal(new("demo-destination-rules.csv", "demo-screening-list.csv", true), CatalogFileReader.Read(_path).Compliance);
    }

    public void Dispose() => File.Delete(_path);
}
