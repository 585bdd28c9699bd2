using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>With an SMTP server configured, the portal's mail goes out over SMTP (to an in-process server) and not to the outbox.</summary>
public sealed class SmtpDeliveryTests
{
    private static PortalFactory WithSmtp(SmtpReceiver smtp) => new(new SqliteTestDatabase(), new Dictionary<string, string>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseStartTls"] = "false",
    });

    [Fact]
    public async Task WithAnSmtpServerConfiguredRegistrationMailGoesOutOverSmtpAndNotToTheOutbox()
    {
        await using var smtp = new SmtpReceiver();
        using var factory = WithSmtp(smtp);
        using var client = factory.NewClient();

        await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = "Smtp Test Co", ["CountryCode"] = "IE", ["FullName"] = "Aoife Byrne",
            ["Email"] = "aoife@smtp-test.example", ["Password"] = "Correct-horse-42",
            ["Street"] = "1 Grand Canal Square", ["PostalCode"] = "D02 P820", ["City"] = "Dublin", ["TaxId"] = "IE1234567WA",
        });
        await Outbox.DrainAsync(factory);

        // The demo data's own notifications (quotes issued and accepted while seeding) went out over SMTP too.
        var mail = Assert.Single(smtp.Messages, m => m.Contains("aoife@smtp-test.example", StringComparison.Ordinal));
        Assert.Contains("To: aoife@smtp-test.example", mail);
        Assert.Contains("Subject: Confirm your email for the sales portal", mail);
        Assert.Contains("/Account/ConfirmEmail?userId=", mail);
        Assert.False(Directory.Exists(factory.OutboxFolder));
    }

    [Fact]
    public async Task EachMoveOfAQuoteMailsTheOtherSideOverSmtp()
    {
        await using var smtp = new SmtpReceiver();
        using var factory = WithSmtp(smtp);
        var id = await new QuoteBuilder(factory, "Helios AI Labs").WithProduct("SVC-NEURON-ENG", 2).ClaimedBy("sales@northwind.example").SubmitAsync();
        using var sales = await factory.SignedInAsync("sales@northwind.example");
        using var customer = await factory.SignedInAsync("buyer@helios.example");
        var number = await factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Number).SingleAsync());

        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Changes.Note"] = "Please say how many weeks." },
            $"/Staff/Quotes/RequestChanges/{id}");
        await customer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{id}");
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Claim/{id}");
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        await Outbox.DrainAsync(factory);

        string To(string address, string subject) => Assert.Single(smtp.Messages,
            m => m.Contains($"To: {address}", StringComparison.Ordinal) && m.Contains($"Subject: {subject}", StringComparison.Ordinal));
        Assert.Contains("Please say how many weeks.", To("buyer@helios.example", $"Changes requested on {number}"));
        To("sales@northwind.example", $"Changed quote request {number} from Helios AI Labs");
        Assert.Contains("is ready", To("buyer@helios.example", $"Your quote {number} is ready"));
        Assert.False(Directory.Exists(factory.OutboxFolder));
    }
}
