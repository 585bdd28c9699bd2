using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class RestrictedPartyTests
{
    private const string EntityList = "Entity List (EL) - Bureau of Industry and Security";

    [Fact]
    public void CountriesAreUpperCaseCodesEachOnce()
    {
        var party = new RestrictedParty(EntityList, "el-1", "Acme", [], [], ["ae", "AE", " ru "]);

        Assert.Equal(["AE", "RU"], party.Countries);
    }

    [Fact]
    public void TheNamesAreTheNameThenEachOtherAlternateNameOnce()
    {
        var party = new RestrictedParty(EntityList, "el-1", " Acme ", ["Acme", "Akme", "Akme ", "Акме"], [], []);

        Assert.Equal(["Acme", "Akme", "Акме"], party.Names);
    }

    [Fact]
    public void ANameLongerThanTheColumnIsRefused() =>
        Assert.Contains("at most 500", Assert.Throws<DomainException>(() =>
            new RestrictedParty(EntityList, "el-1", new string('a', RestrictedParty.NameMaxLength + 1), [], [], [])).Message);

    [Theory]
    [InlineData("", "Acme", "source list cannot be empty")]
    [InlineData(EntityList, " ", "name cannot be empty")]
    public void AListAndANameAreRequired(string source, string name, string message) =>
        Assert.Contains(message, Assert.Throws<DomainException>(() => new RestrictedParty(source, "", name, [], [], [])).Message);

    [Fact]
    public void ACountryMustBeATwoLetterCode() =>
        Assert.Throws<DomainException>(() => new RestrictedParty(EntityList, "", "Acme", [], [], ["Iran"]));
}
