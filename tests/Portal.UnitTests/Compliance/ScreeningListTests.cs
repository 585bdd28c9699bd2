using Portal.Domain.Compliance;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Compliance;

public sealed class ScreeningListTests
{
    private static readonly RestrictedParty Borealis = Party("el-1", "BOREALIS DYNAMICS TRADING CO., LTD.", "Бореалис Динамикс", "Borealis Dynamics FZE");
    private static readonly RestrictedParty Helion = Party("el-2", "Helion Compute Group");
    private static readonly RestrictedParty BorealisOptics = Party("el-3", "Borealis Dynamics Optics Trading");
    private static readonly ScreeningList List = new([Helion, Borealis, BorealisOptics, Party("el-4", "Kestrel Vector Avionics FZE")]);

    [Fact]
    public void ScreeningFindsACompanyWrittenInCyrillicAndSaysWhichNameMatched()
    {
        var candidate = List.Screen("ООО «Бореалис Динамикс»")[0];

        Assert.Same(Borealis, candidate.Party);
        Assert.Equal("Бореалис Динамикс", candidate.MatchedName);
        Assert.Equal(1, candidate.Score);
    }

    [Fact]
    public void EachPartyIsFoundOnceWithItsBestNameAndTheBestComeFirst()
    {
        var found = List.Screen("Borealis Dynamics Trading LLC");

        Assert.Equal([Borealis, BorealisOptics], found.Select(c => c.Party));
        Assert.Equal("BOREALIS DYNAMICS TRADING CO., LTD.", found[0].MatchedName);
        Assert.True(found[0].Score > found[1].Score);
    }

    [Fact]
    public void ACandidateIsFoundAtItsOwnScoreAndNotAboveIt()
    {
        var score = NameSimilarity.Score("Borealis Dynamics Trading LLC", "Borealis Dynamics Optics Trading");

        Assert.Contains(List.Screen("Borealis Dynamics Trading LLC", score), c => c.Party == BorealisOptics);
        Assert.DoesNotContain(List.Screen("Borealis Dynamics Trading LLC", Math.BitIncrement(score)), c => c.Party == BorealisOptics);
    }

    [Fact]
    public void ANearNameIsNotACandidateAtTheDefaultThreshold() =>
        Assert.Empty(List.Screen("Helios Compute GmbH"));

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void AThresholdOutsideItsRangeIsRefused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => List.Screen("Acme", threshold));

    [Theory]
    [InlineData(0.6)]
    [InlineData(ScreeningList.DefaultThreshold)]
    [InlineData(0.95)]
    public void TheIndexFindsExactlyWhatScoringEveryNameFinds(double threshold)
    {
        var madeUp = new MadeUpParties(seed: 2026);
        var parties = madeUp.Parties(2_000);
        var list = new ScreeningList(parties);
        var screened = parties.Where((_, i) => i % 20 == 0).Select(madeUp.Variant).Concat(Enumerable.Range(0, 100).Select(_ => madeUp.Unlisted())).ToArray();

        var found = screened.Select(name => (Indexed: list.Screen(name, threshold), Everything: list.ScreenEveryName(name, threshold))).ToArray();

        Assert.All(found, f => Assert.Equal(f.Everything, f.Indexed));
        Assert.True(found.Sum(f => f.Everything.Count) >= 50, "Most variants of listed names should find their party.");
        Assert.Contains(found.SelectMany(f => f.Everything), c => c.Score < 1);
    }

    private static RestrictedParty Party(string id, string name, params string[] alternateNames) =>
        new("Entity List (EL) - Bureau of Industry and Security", id, name, alternateNames, [], []);
}
