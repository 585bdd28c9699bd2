using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;
using Portal.Web.Controllers;

namespace Portal.IntegrationTests.Accounts;

public abstract class RegistrationTests(PortalFixture portal)
{
    private static Dictionary<string, string> Company(string name, string email, string password = "Correct-horse-42") => new()
    {
        ["CompanyName"] = name,
        ["CountryCode"] = "NL",
        ["FullName"] = "Mara Jansen",
        ["Email"] = email,
        ["Password"] = password,
        ["Street"] = "Keizersgracht 1",
        ["PostalCode"] = "1015 CC",
        ["City"] = "Amsterdam",
        ["TaxId"] = "NL123456789B01",
    };

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [SkippableFact]
    public async Task RegisteringCreatesAPendingOrganizationWithItsFirstUserAndSendsAConfirmation()
    {
        var factory = portal.Factory;
        using var client = factory.NewClient();
        var name = Unique("Tulip Compute");
        var email = $"mara-{Guid.NewGuid():N}@tulip.example";

        var page = await client.SubmitAsync("/Account/Register", Company(name, email));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Check your email", page.Body);
        var organization = await factory.QueryAsync(db => db.Organizations.SingleAsync(o => o.Name == name));
        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        var user = await factory.QueryAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal(organization.Id, user.OrganizationId);
        Assert.True(user.IsOrganizationOwner);
        Assert.False(user.EmailConfirmed);
        Assert.Contains("/Account/ConfirmEmail", Outbox.LinkIn(Outbox.LatestTo(factory, email)));
    }

    [SkippableFact]
    public async Task ConfirmingTheEmailLetsTheNewUserSignIn()
    {
        var factory = portal.Factory;
        using var client = factory.NewClient();
        var email = $"mara-{Guid.NewGuid():N}@tulip.example";
        await client.SubmitAsync("/Account/Register", Company(Unique("Tulip Labs"), email));

        var before = await client.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Correct-horse-42" });
        Assert.Contains(AccountController.SignInRefused, before.Text("[role=alert]"));
        Assert.Contains("confirm your email", Outbox.LatestTo(factory, email).Subject);

        var confirmed = await client.GetAsync(Outbox.LinkIn(Outbox.LatestTo(factory, email)));
        Assert.Contains("Email confirmed", confirmed.Body);
        await client.SignInAsync(email, "Correct-horse-42");
        var home = await client.GetAsync("/Customer");
        Assert.Contains("awaiting approval", home.Body);
    }

    public static TheoryData<string, string, string, string, string> BadRegistrations => new()
    {
        { "invalid email", "CompanyName=Valid Co {0}", "Email=not-an-email", "Email", "Type an email address such as name@company.com." },
        { "weak password", "CompanyName=Valid Co {0}", "Password=short", "Password", "at least 12 characters" },
        { "letters-only password", "CompanyName=Valid Co {0}", "Password=abcdefghijklmnop", "Password", "at least one digit or symbol" },
        { "huge name", "CompanyName=" + new string('x', 10_000), "FullName=Mara Jansen", "CompanyName", "Company name can have at most 120 characters; you typed 10000." },
        { "markup in name", "CompanyName=<script>alert(1)</script> {0}", "FullName=Mara Jansen", "CompanyName", "cannot contain < or >" },
        { "markup in person", "CompanyName=Valid Co {0}", "FullName=<b>Mara</b>", "FullName", "cannot contain < or >" },
        { "unknown country", "CompanyName=Valid Co {0}", "CountryCode=ZZ", "CountryCode", "Choose a country" },
        { "empty name", "CompanyName=", "FullName=Mara Jansen", "CompanyName", "Company name is required." },
        { "empty person", "CompanyName=Valid Co {0}", "FullName=", "FullName", "Your name is required." },
        { "empty email", "CompanyName=Valid Co {0}", "Email=", "Email", "Work email is required." },
        { "empty password", "CompanyName=Valid Co {0}", "Password=", "Password", "Choose a password." },
        { "no country", "CompanyName=Valid Co {0}", "CountryCode=", "CountryCode", "Choose a country from the list." },
        { "Dutch VAT number without its B", "CompanyName=Valid Co {0}", "TaxId=NL123456789", "TaxId", "Type a VAT number such as NL123456789B01." },
        { "German VAT number without its prefix", "CountryCode=DE", "TaxId=123456789", "TaxId", "Type a VAT number such as DE123456789." },
        { "US EIN without its hyphen", "CountryCode=US", "TaxId=123456789", "TaxId", "Type an EIN such as 12-3456789." },
        { "no tax id", "CompanyName=Valid Co {0}", "TaxId=", "TaxId", "Tax id is required." },
        { "no street", "CompanyName=Valid Co {0}", "Street=", "Street", "Street and number is required." },
        { "no city", "CompanyName=Valid Co {0}", "City=", "City", "City is required." },
    };

    [SkippableTheory]
    [MemberData(nameof(BadRegistrations))]
    public async Task BadRegistrationShowsAFieldMessageAndStoresNothing(string why, string first, string second, string field, string message)
    {
        var factory = portal.Factory;
        using var client = factory.NewClient();
        var email = $"bad-{Guid.NewGuid():N}@example.com";
        var values = Company("unused", email);
        foreach (var assignment in new[] { first, second })
        {
            var (key, value) = (assignment[..assignment.IndexOf('=')], assignment[(assignment.IndexOf('=') + 1)..]);
            values[key] = string.Format(System.Globalization.CultureInfo.InvariantCulture, value, Guid.NewGuid().ToString("N")[..6]);
        }
        var organizations = await factory.QueryAsync(db => db.Organizations.CountAsync());
        var users = await factory.QueryAsync(db => db.Users.CountAsync());

        var page = await client.SubmitAsync("/Account/Register", values);

        Assert.True(page.Status == HttpStatusCode.OK, $"{why}: answered {(int)page.Status}");
        Assert.Contains(message, page.FieldMessage(field), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'", page.FieldMessage(field)); // FluentValidation's defaults quote the field: "'Work email' must not be empty."
        Assert.DoesNotContain("<script>alert(1)</script>", page.Body);
        Assert.Equal(organizations, await factory.QueryAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(users, await factory.QueryAsync(db => db.Users.CountAsync()));
    }

    [SkippableFact]
    public async Task ACompanyNameThatDiffersOnlyInCaseAndSpacingIsADuplicate()
    {
        var factory = portal.Factory;
        using var client = factory.NewClient();
        var organizations = await factory.QueryAsync(db => db.Organizations.CountAsync());

        var page = await client.SubmitAsync("/Account/Register", Company("  helios   AI labs ", $"x-{Guid.NewGuid():N}@helios.example"));

        Assert.Contains("already registered", page.FieldMessage("CompanyName"));
        Assert.Equal(organizations, await factory.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [SkippableFact]
    public async Task RegisteringWithAnAddressThatHasAnAccountLooksLikeANewAccountAndMailsItsOwner()
    {
        var factory = portal.Factory;
        var existing = await Customers.AddAsync(factory, $"reg{Guid.NewGuid():N}"[..12]);
        var fresh = $"mara-{Guid.NewGuid():N}@tulip.example";
        var name = Unique("Second Tulip");
        using var client = factory.NewClient();

        var taken = await client.SubmitAsync("/Account/Register", Company(name, existing));
        var again = await client.SubmitAsync("/Account/Register", Company(Unique("Third Tulip"), existing));
        var created = await client.SubmitAsync("/Account/Register", Company(Unique("Tulip Works"), fresh));

        Assert.Equal(HttpStatusCode.OK, taken.Status);
        Assert.Equal(created.Text("main").Replace(fresh, "@", StringComparison.Ordinal), taken.Text("main").Replace(existing, "@", StringComparison.Ordinal));
        Assert.Equal(again.Text("main"), taken.Text("main"));
        Assert.False(await factory.QueryAsync(db => db.Organizations.AnyAsync(o => o.Name == name)));
        var notice = Assert.Single(Outbox.AllTo(factory, existing));
        Assert.Contains("someone tried to register with your address", notice.Subject);
        Assert.Contains("/Account/ForgotPassword", notice.TextBody);
    }
}

public sealed class RegistrationOnSqlite(SqlitePortal portal) : RegistrationTests(portal), IClassFixture<SqlitePortal>;

public sealed class RegistrationOnPostgreSql(PostgresPortal portal) : RegistrationTests(portal), IClassFixture<PostgresPortal>;
