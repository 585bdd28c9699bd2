using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task WithAnSmtpServerConfiguredRegistrationMailGoesOutOverSmtpAndNotToTheOutbox()
    {
        await using var smtp = new SmtpReceiver();
        using var factory = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:UseStartTls"] = "false",
        });
        using var client = factory.NewClient();

        await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = "Smtp Test Co", ["CountryCode"] = "IE", ["FullName"] = "Aoife Byrne",
            ["Email"] = "aoife@smtp-test.example", ["Password"] = "Correct-horse-42",
        });

        // The demo data's own notifications (quotes issued and accepted while seeding) went out over SMTP too.
        var mail = Assert.Single(smtp.Messages, m => m.Contains("aoife@smtp-test.example", StringComparison.Ordinal));
        Assert.Contains("To: aoife@smtp-test.example", mail);
        Assert.Contains("Subject: Confirm your email for the sales portal", mail);
        Assert.Contains("/Account/ConfirmEmail?userId=", mail);
        Assert.False(Directory.Exists(factory.OutboxFolder));
    }
}
