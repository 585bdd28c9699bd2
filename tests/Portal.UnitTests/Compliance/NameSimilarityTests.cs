using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("Borealis Dynamics Trading LLC", "BOREALIS DYNAMICS TRADING CO., LTD.")]
    [InlineData("Trading Borealis Dynamics", "Borealis Dynamics Trading")]
    [InlineData("Müller Maschinenbau GmbH", "MUELLER MASCHINENBAU AG")]
    [InlineData("Société Nouvelle d'Optronique", "Societe Nouvelle dOptronique SA")]
    [InlineData("Dmitriy Ivanov", "Дмитрий Иванов")]
    public void TheSameNameWrittenAnotherWayScoresOne(string screened, string listed) =>
        Assert.Equal(1, NameSimilarity.Score(screened, listed));

    [Theory]
    [InlineData("Borealis Dynamics Trading LLC", "ООО «Бореалис Динамикс Трейдинг»")]
    [InlineData("Borealis Dynamics Trading LLC", "Бореалис Динамикс")]
    [InlineData("Borealis Dynamics", "Borealis Dynamics Trading FZE")]
    [InlineData("Uralvectrosnab", "АО «Уралвектроснаб»")]
    [InlineData("Kavirex Sepehrnak Electronics Industries", "Kavirex Sepehrnak Electronic Industries")]
    [InlineData("Shenzhen Tianqiaolux Fotonics", "Shenzhen Tianqiaolux Photonics Technology Co., Ltd.")]
    [InlineData("Helios Compute", "Helios Compute Holdings")]
    public void ScreeningMatchesTheSameCompanyInAnotherScriptSpellingOrWithAWordMore(string screened, string listed) =>
        Assert.InRange(NameSimilarity.Score(screened, listed), ScreeningList.DefaultThreshold, 1);

    [Theory]
    [InlineData("Helios Compute GmbH", "Helion Compute Group")]
    [InlineData("Helios Compute GmbH", "Helion Computing Group")]
    [InlineData("Helios AI Labs", "Helios Aerospace Labs LLC")]
    [InlineData("Fjord Compute AS", "Ford Komputer Inc.")]
    [InlineData("Fjord Compute AS", "Fjordane Computer Systems")]
    [InlineData("QuantaForge Analytics GmbH", "QuantumForge Analytical Instruments Ltd")]
    [InlineData("Acme Trading", "Acme Holdings")]
    [InlineData("Acme Trading", "Zorvex Trading")]
    [InlineData("Acme", "Acme Holdings")]
    public void ANameThatSharesAWordOrLooksAlikeIsNotAMatch(string screened, string listed) =>
        Assert.InRange(NameSimilarity.Score(screened, listed), 0.3, ScreeningList.DefaultThreshold - 0.01);

    [Fact]
    public void ANameWhollyInsideALongerOneScoresHighButNotFull() =>
        Assert.InRange(NameSimilarity.Score("Huawei", "Huawei Cloud Holdings Germany"), 1 - NameSimilarity.OtherSideWeight, 0.85);

    [Fact]
    public void NamesWithNothingInCommonScoreLow() =>
        Assert.InRange(NameSimilarity.Score("Fjord Compute AS", "Kestrel Vector Avionics FZE"), 0, 0.3);

    [Fact]
    public void ANameWithoutWordsMatchesNothing() =>
        Assert.Equal(0, NameSimilarity.Score("--", "Acme"));
}
