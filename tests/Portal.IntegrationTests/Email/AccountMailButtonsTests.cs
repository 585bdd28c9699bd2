using System.Net;
using MimeKit;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>
/// The account mails (confirm the address, reset the password, an invitation) look like the portal's other mails: the
/// way to the page is a button in the HTML part, leading where the plain-text part's link leads.
/// </summary>
public abstract class AccountMailButtonsTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task TheConfirmationMailHasAConfirmButton()
    {
        using var client = portal.Factory.NewClient();
        var email = $"mara-{Guid.NewGuid():N}@tulip.example";

        await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = $"Tulip {Guid.NewGuid():N}"[..15], ["CountryCode"] = "NL", ["FullName"] = "Mara Jansen",
            ["Email"] = email, ["Password"] = "Correct-horse-42",
            ["Street"] = "Keizersgracht 1", ["PostalCode"] = "1015 CC", ["City"] = "Amsterdam", ["TaxId"] = "NL123456789B01",
        });

        AssertButton(Outbox.LatestTo(portal.Factory, email), "Confirm your email address", "/Account/ConfirmEmail");
    }

    [SkippableFact]
    public async Task TheResetMailHasAButtonToChooseANewPassword()
    {
        using var client = portal.Factory.NewClient();

        await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "buyer@fjord.example" });

        AssertButton(Outbox.LatestTo(portal.Factory, "buyer@fjord.example"), "Choose a new password", "/Account/ResetPassword");
    }

    [SkippableFact]
    public async Task TheInvitationMailHasAButtonToChooseAPassword()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var email = $"colleague-{Guid.NewGuid():N}@helios.example";

        await owner.SubmitAsync("/Customer/Colleagues", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Nia Colleague", ["Invite.Email"] = email,
        }, "/Customer/Colleagues/Invite");

        AssertButton(Outbox.LatestTo(portal.Factory, email), "Choose your password", "/Account/AcceptInvitation");
    }

    /// <summary>The HTML part's button carries the label and leads to the plain-text part's link.</summary>
    private static void AssertButton(MimeMessage mail, string label, string page)
    {
        var link = Outbox.AbsoluteLinkIn(mail);
        Assert.Contains(page, link);
        Assert.Contains($"{label}:\n{link}", mail.TextBody!.ReplaceLineEndings("\n"));
        Assert.Contains($"<a href=\"{WebUtility.HtmlEncode(link)}\" style=\"display:inline-block;", mail.HtmlBody);
        Assert.Contains($">{label}</a>", mail.HtmlBody);
    }
}

public sealed class AccountMailButtonsOnSqlite(SqlitePortal portal) : AccountMailButtonsTests(portal), IClassFixture<SqlitePortal>;

public sealed class AccountMailButtonsOnPostgreSql(PostgresPortal portal) : AccountMailButtonsTests(portal), IClassFixture<PostgresPortal>;
