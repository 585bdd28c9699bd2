using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class DestinationRuleBookTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Today = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    private static DestinationRule Rule(string country, string? classification, DestinationVerdict verdict, DateTime? from = null) =>
        new(country, classification, verdict, from ?? Start, "test");

    private static readonly DestinationRuleBook Demo = new([
        Rule("*", null, DestinationVerdict.Allowed),
        Rule("*", "4A090", DestinationVerdict.LicenceRequired),
        Rule("DE", "4A090", DestinationVerdict.Allowed),
        Rule("RU", null, DestinationVerdict.Prohibited),
        Rule("FR", null, DestinationVerdict.Allowed),
        Rule("AE", "4A090", DestinationVerdict.Allowed, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        Rule("AE", "4A090", DestinationVerdict.LicenceRequired, new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)),
    ]);

    [Theory]
    [InlineData("DE", "4A090.a", DestinationVerdict.Allowed)]
    [InlineData("US", "4A090.a", DestinationVerdict.LicenceRequired)]
    [InlineData("US", "5A992.c", DestinationVerdict.Allowed)]
    [InlineData("RU", "EAR99", DestinationVerdict.Prohibited)]
    [InlineData("RU", "4A090.a", DestinationVerdict.Prohibited)]
    [InlineData("FR", "4A090.a", DestinationVerdict.LicenceRequired)]
    [InlineData("fr", "EAR99", DestinationVerdict.Allowed)]
    public void TheMostSpecificRuleDecidesAndOtherwiseTheStricterOfCountryAndClassification(string country, string classification, DestinationVerdict verdict) =>
        Assert.Equal(verdict, Demo.Check(country, classification, Today).Verdict);

    [Fact]
    public void ARuleChangeAppliesFromItsDayAndTheDayBeforeKeepsTheOldRule()
    {
        var before = Demo.Check("AE", "4A090.a", new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc));
        var from = Demo.Check("AE", "4A090.a", new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        var beforeAny = Demo.Check("AE", "4A090.a", new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(DestinationVerdict.Allowed, before.Verdict);
        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), before.Rule!.EffectiveFrom);
        Assert.Equal(DestinationVerdict.LicenceRequired, from.Verdict);
        Assert.Equal(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), from.Rule!.EffectiveFrom);
        // Before the country had a rule of its own, the rule for every country decided.
        Assert.True(beforeAny.Rule!.IsForEveryCountry);
    }

    [Fact]
    public void ARuleForAnEntryCoversItsSubParagraphsButNotItsSiblings()
    {
        var book = new DestinationRuleBook([
            Rule("*", null, DestinationVerdict.Allowed),
            Rule("SG", "4A090.a", DestinationVerdict.Prohibited),
            Rule("SG", "4A090", DestinationVerdict.LicenceRequired),
        ]);

        Assert.Equal(DestinationVerdict.Prohibited, book.Check("SG", "4A090.a", Today).Verdict);
        Assert.Equal(DestinationVerdict.LicenceRequired, book.Check("SG", "4A090.b", Today).Verdict);
        Assert.Equal(DestinationVerdict.Allowed, book.Check("SG", "4A0900", Today).Verdict);
    }

    [Fact]
    public void WhereNoRuleCoversAShipmentALicenceIsRequiredSoThatAPersonLooks()
    {
        var book = new DestinationRuleBook([Rule("DE", null, DestinationVerdict.Allowed)]);

        var check = book.Check("BR", "EAR99", Today);
        var notYet = new DestinationRuleBook([Rule("*", null, DestinationVerdict.Allowed, Today.AddDays(1))]).Check("BR", "EAR99", Today);

        Assert.Equal((DestinationVerdict.LicenceRequired, null), (check.Verdict, check.Rule));
        Assert.Contains("No destination rule covers EAR99 to BR", check.Reason);
        Assert.Null(notYet.Rule);
    }
}
