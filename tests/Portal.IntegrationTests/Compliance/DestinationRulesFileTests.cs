using Portal.Domain.Compliance;
using Portal.Infrastructure.Compliance;

namespace Portal.IntegrationTests.Compliance;

public sealed class DestinationRulesFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void TheDemoFileReadsWholeWithEveryKindOfRule()
    {
        var rules = DestinationRulesFile.Read(Path.Combine(AppContext.BaseDirectory, "Data", "demo-destination-rules.csv"));

        Assert.Contains(rules, r => r is { IsForEveryCountry: true, Classification: null, Verdict: DestinationVerdict.Allowed });
        Assert.Contains(rules, r => r is { CountryCode: "RU", Verdict: DestinationVerdict.Prohibited });
        Assert.Equal(2, rules.Count(r => r.CountryCode == "AE"));
    }

    [Fact]
    public void AFileWithBadRowsIsRefusedNamingEachOne()
    {
        File.WriteAllText(_file, """
            country,classification,rule,effective_from,note
            *,,allowed,2024-01-01,fine
            XX,,allowed,2024-01-01,no such country
            DE,4A9,allowed,2024-01-01,bad classification
            DE,4A090,maybe,2024-01-01,bad rule
            DE,4A090,allowed,1 January,bad date
            "de" , 4a090 , License Required , 2024-01-01 , "spaces, case and US spelling are fine"
            """);

        var refusal = Assert.Throws<InvalidDataException>(() => DestinationRulesFile.Read(_file));

        Assert.Contains("line 3: 'XX' is not an ISO 3166 country code", refusal.Message);
        Assert.Contains("line 4:", refusal.Message);
        Assert.Contains("line 5: 'maybe' is not a rule", refusal.Message);
        Assert.Contains("line 6:", refusal.Message);
        Assert.DoesNotContain("line 2", refusal.Message);
        Assert.DoesNotContain("line 7", refusal.Message);
    }
}
