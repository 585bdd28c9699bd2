using Portal.Application.Organizations.RegisterCompany;

namespace Portal.UnitTests.Validation;

public sealed class RegisterCompanyValidatorTests
{
    private static readonly RegisterCompanyValidator Validator = new();

    private static RegisterCompanyCommand Valid() => new("Tulip Compute BV", "NL", "Mara Jansen", "mara@tulip.example", "Correct-horse-42",
        "Keizersgracht 1", "1015 CC", "Amsterdam", null, "NL 1234.56789 B01");

    [Fact]
    public void AWellFormedRegistrationPasses() => Assert.True(Validator.Validate(Valid()).IsValid);

    public static TheoryData<RegisterCompanyCommand, string> Broken => new()
    {
        { Valid() with { CompanyName = "" }, "CompanyName" },
        { Valid() with { CompanyName = new string('a', 121) }, "CompanyName" },
        { Valid() with { CompanyName = "Evil <b>Corp</b>" }, "CompanyName" },
        { Valid() with { CountryCode = "QQ" }, "CountryCode" },
        { Valid() with { FullName = "" }, "FullName" },
        { Valid() with { Email = "mara.tulip.example" }, "Email" },
        { Valid() with { Password = "Short-1" }, "Password" },
        { Valid() with { Password = "onlylettersinhere" }, "Password" },
        { Valid() with { TaxId = "DE123456789" }, "TaxId" },
        { Valid() with { Street = "" }, "Street" },
        { Valid() with { PostalCode = "" }, "PostalCode" },
        { Valid() with { City = new string('a', 101) }, "City" },
        { Valid() with { CountryCode = "US", TaxId = "84-2910475" }, "Region" },
        { Valid() with { CountryCode = "US", TaxId = "84-2910475", Region = "XX" }, "Region" },
        { Valid() with { CountryCode = "CA", TaxId = "123456789", Region = "" }, "Region" },
        { Valid() with { Region = "Noord <b>" }, "Region" },
        { Valid() with { Region = new string('a', 51) }, "Region" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void EachBrokenFieldIsNamed(RegisterCompanyCommand command, string field)
    {
        var result = Validator.Validate(command);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == field);
        Assert.All(result.Errors, e => Assert.Equal(field, e.PropertyName));
    }

    [Theory]
    [InlineData("Zoë O'Brien-Smith")]
    [InlineData("J. R. R. Tolkien")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("王小明")]
    [InlineData("Zoe\u0308 D\u2019Arcy")]
    public void APersonsNameInAnyScriptPasses(string name) => Assert.True(Validator.Validate(Valid() with { FullName = name }).IsValid);

    [Theory]
    [InlineData("Visit https://evil.example")]
    [InlineData("evil.example/claim")]
    [InlineData("Go to www.evil.example now")]
    [InlineData("Mara\tJansen")]
    [InlineData("Mara\nBcc: x@example.com")]
    [InlineData("Mara 2")]
    [InlineData("mara@tulip.example")]
    [InlineData("...")]
    public void AnythingButANameIsRefusedWithTheRule(string name)
    {
        var result = Validator.Validate(Valid() with { FullName = name });

        Assert.Equal("Your name can hold letters, spaces, apostrophes, hyphens and dots only.", Assert.Single(result.Errors).ErrorMessage);
    }

    public static TheoryData<RegisterCompanyCommand, string> SaidInThePortalsWords => new()
    {
        { Valid() with { CompanyName = "" }, "Company name is required." },
        { Valid() with { CompanyName = new string('a', 121) }, "Company name can have at most 120 characters; you typed 121." },
        { Valid() with { CompanyName = "Evil <b>Corp</b>" }, "Company name cannot contain < or >." },
        { Valid() with { CountryCode = "" }, "Choose a country from the list." },
        { Valid() with { FullName = "" }, "Your name is required." },
        { Valid() with { Email = "" }, "Work email is required." },
        { Valid() with { Email = "mara.tulip.example" }, "Type an email address such as name@company.com." },
        { Valid() with { Password = "" }, "Choose a password." },
    };

    /// <summary>The first refusal of each field (the one its form shows) is a sentence in the form's words, never FluentValidation's "'Company name' must not be empty.".</summary>
    [Theory]
    [MemberData(nameof(SaidInThePortalsWords))]
    public void MessagesUseTheFormsWords(RegisterCompanyCommand command, string message) =>
        Assert.Equal(message, Validator.Validate(command).Errors.First().ErrorMessage);
}
