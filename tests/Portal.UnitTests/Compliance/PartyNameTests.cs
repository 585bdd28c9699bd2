using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class PartyNameTests
{
    [Theory]
    [InlineData("ACME TRADING LTD.", "Acme Trading Limited")]
    [InlineData("Acme-Trading, Inc.", "acme trading incorporated")]
    [InlineData("OOO Acme Trading", "Acme Trading LLC")]
    [InlineData("Acme Trading Limited Liability Company", "The Acme Trading Co., Ltd.")]
    [InlineData("Acme Trading Sp. z o.o.", "Acme Trading GmbH")]
    [InlineData("A.B.C. Trading S.A.", "ABC Trading SA")]
    [InlineData("O'Neil Optics", "ONeil Optics")]
    public void CasePunctuationAndLegalFormsDoNotChangeTheName(string written, string other) =>
        Assert.Equal(PartyName.Of(other).ToString(), PartyName.Of(written).ToString());

    [Theory]
    [InlineData("Müller Maschinenbau", "Mueller Maschinenbau")]
    [InlineData("Müller Maschinenbau", "MULLER MASCHINENBAU")]
    [InlineData("Grünwaldt Präzisionsoptik", "Gruenwaldt Praezisionsoptik")]
    [InlineData("Société Générale d'Électronique", "Societe Generale dElectronique")]
    [InlineData("Çelikvolkan Savunma Teknolojileri A.Ş.", "Celikvolkan Savunma Teknolojileri AS")]
    [InlineData("Łódź Mikrosystemy", "Lodz Mikrosystemy")]
    [InlineData("Straße Ærø Holding", "Strasse Aero Holding")]
    [InlineData("Müllerhof & Söhne", "Muellerhof and Soehne")]
    public void AccentsUmlautsAndSpecialLettersAreSpelledWithoutThem(string written, string plain) =>
        Assert.Equal(PartyName.Of(plain).ToString(), PartyName.Of(written).ToString());

    [Theory]
    [InlineData("ООО «Бореалис Динамикс»", "Borealis Dynamics LLC")]
    [InlineData("Дмитрий Иванов", "Dmitriy Ivanov")]
    [InlineData("Щукин Хлебозавод", "Shchukin Khlebozavod")]
    [InlineData("Αιγαιόπλους Ναυτιλιακή Α.Ε.", "Aigaioplous Naftiliaki")]
    public void CyrillicAndGreekAreReadInLatin(string written, string latin) =>
        Assert.Equal(PartyName.Of(latin).ToString(), PartyName.Of(written).ToString());

    [Fact]
    public void TheWordsAreLowerCaseAndFoldedAlike() =>
        Assert.Equal(["borealis", "dinamiks", "trading"], PartyName.Of("BOREALIS DYNAMICS TRADING CO., LTD.").Words);

    [Fact]
    public void ANameMadeOnlyOfLegalFormsKeepsThem() =>
        Assert.Equal(["kompani", "limited"], PartyName.Of("Company Limited").Words);

    [Fact]
    public void ANameWithoutLettersHasNoWords() =>
        Assert.Empty(PartyName.Of(" -- , . ").Words);
}
