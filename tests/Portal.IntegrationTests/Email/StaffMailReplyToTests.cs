using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>
/// A mail that tells staff of a customer's step (a new request, a message, an acceptance) replies to the customer's
/// person who took it, so that sales answer them from their mail reader.
/// </summary>
public abstract class StaffMailReplyToTests(PortalFixture portal)
{
    private const string Sales = "sales@northwind.example";

    private PortalFactory Factory => portal.Factory;

    private async Task<(string Buyer, string Company)> CompanyAsync()
    {
        var slug = $"reply{Guid.NewGuid():N}"[..13];
        return (await Customers.AddAsync(Factory, slug), $"{slug} Compute");
    }

    private Task<string?> ReplyToOfAsync(string subject) =>
        Factory.QueryAsync(db => db.QueuedMails.Where(m => m.Recipient == Sales && m.Subject == subject).Select(m => m.ReplyTo).SingleAsync());

    private Task<string> NumberOfAsync(int quote) => Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quote).Select(q => q.Number!).SingleAsync());

    [SkippableFact]
    public async Task TheNewRequestMailRepliesToTheBuyerWhoSubmittedIt()
    {
        var (buyer, company) = await CompanyAsync();
        var quote = await new QuoteBuilder(Factory, company).WithTrainium2Racks(1).DraftAsync();
        using var customer = await Factory.SignedInAsync(buyer);

        await customer.SubmitAsync($"/Customer/Quotes/Details/{quote}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{quote}");

        Assert.Equal(buyer, await ReplyToOfAsync($"New quote request {await NumberOfAsync(quote)} from {company}"));
    }

    [SkippableFact]
    public async Task TheMessageMailRepliesToTheColleagueWhoWroteIt()
    {
        var (buyer, company) = await CompanyAsync();
        var colleague = await Customers.AddColleagueAsync(Factory, buyer);
        var quote = await new QuoteBuilder(Factory, company).WithTrainium2Racks(1).ClaimedBy(Sales).SubmitAsync();
        using var customer = await Factory.SignedInAsync(colleague);

        await customer.SubmitAsync($"/Customer/Quotes/Details/{quote}", new Dictionary<string, string> { ["Message.Text"] = "Can it ship earlier?" },
            $"/Customer/Quotes/Write/{quote}");

        var replyTo = await Factory.QueryAsync(db => db.QueuedMails
            .Where(m => m.Recipient == Sales && m.TextBody.Contains("Can it ship earlier?")).Select(m => m.ReplyTo).SingleAsync());
        Assert.Equal(colleague, replyTo);
    }

    [SkippableFact]
    public async Task TheAcceptanceMailRepliesToTheBuyerWhoAccepted()
    {
        var (buyer, _) = await CompanyAsync();

        var (quote, _) = await DepositSteps.AcceptedQuoteAsync(Factory, buyer, b => b.WithTrainium2Racks(1));

        Assert.Equal(buyer, await ReplyToOfAsync($"Quote {await NumberOfAsync(quote)} accepted"));
    }
}

public sealed class StaffMailReplyToOnSqlite(SqlitePortal portal) : StaffMailReplyToTests(portal), IClassFixture<SqlitePortal>;

public sealed class StaffMailReplyToOnPostgreSql(PostgresPortal portal) : StaffMailReplyToTests(portal), IClassFixture<PostgresPortal>;
