using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Homes;

/// <summary>A customer's home is its to-do list: each thing waiting for the company, linked to the page where it is done.</summary>
public abstract class CustomerHomeTests(PortalFixture portal)
{
    private const string Buyer = "buyer@helios.example";
    private const string Helios = "Helios AI Labs";

    private PortalFactory Factory
    {
        get
        {
            portal.Database.Require();
            return portal.Factory;
        }
    }

    [SkippableFact]
    public async Task ItListsQuotesToAcceptDepositsDueOffersRequestsSentBackAndDraftsEachLinkedToItsPage()
    {
        var issued = await DepositSteps.IssuedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 2));
        var (accepted, deposit) = await DepositSteps.AcceptedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 1));
        var draft = await new QuoteBuilder(Factory, Helios).WithProduct("SVC-NEURON-ENG", 1).DraftAsync();
        var sentBack = await new QuoteBuilder(Factory, Helios).WithProduct("SVC-NEURON-ENG", 4).ClaimedBy(DepositSteps.Sales).SubmitAsync();
        using (var sales = await Factory.SignedInAsync(DepositSteps.Sales))
        {
            await sales.SubmitAsync($"/Staff/Quotes/Details/{sentBack}", new Dictionary<string, string> { ["Changes.Note"] = "Please name the delivery site." },
                $"/Staff/Quotes/RequestChanges/{sentBack}");
        }
        var offer = await Factory.QueryAsync(db => db.WaitlistEntries
            .Where(e => e.Status == WaitlistStatus.Offered && db.Organizations.Any(o => o.Id == e.OrganizationId && o.Name == Helios))
            .Select(e => e.Id).FirstAsync());
        using var buyer = await Factory.SignedInAsync(Buyer);

        var home = await buyer.GetAsync("/Customer");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        var toAccept = Item(home, "accept", $"/Customer/Quotes/Details/{issued}");
        Assert.Matches(@"Valid until \d+ \w+ \d{4} · \d+ d( \d+ h)? left", toAccept.TextContent);
        Assert.Null(home.Document.QuerySelector($"[data-todo=accept] a[href='/Customer/Quotes/Details/{accepted}']"));
        Assert.Contains(deposit.Reference, Item(home, "deposit", $"/Customer/Deposits/Details/{deposit.Id}").TextContent);
        Assert.Matches(@"\d+ (d|h)( \d+ h)? left|under an hour left", Item(home, "offer", $"/Customer/Waitlist#entry-{offer}").TextContent);
        Assert.Contains("Please name the delivery site.", Item(home, "changes", $"/Customer/Quotes/Details/{sentBack}").TextContent);
        Assert.Contains($"Draft {draft}", Item(home, "draft", $"/Customer/Quotes/Details/{draft}").TextContent);

        foreach (var link in home.Document.QuerySelectorAll("[data-todo] a").Select(a => a.GetAttribute("href")!))
        {
            var page = await buyer.GetAsync(link);
            Assert.True(page.Status == HttpStatusCode.OK, $"{link} answered {(int)page.Status}");
        }
        var waitlist = await buyer.GetAsync($"/Customer/Waitlist#entry-{offer}");
        Assert.NotNull(waitlist.Document.GetElementById($"entry-{offer}"));
    }

    [SkippableFact]
    public async Task AQuoteThatExpiredOrWasAnsweredLeavesTheListAndOtherCompaniesNeverSeeIt()
    {
        var issued = await DepositSteps.IssuedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 3));
        var lapsed = await DepositSteps.IssuedQuoteAsync(Factory, Buyer, q => q.WithProduct("SVC-NEURON-ENG", 5));
        await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == lapsed)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ValidUntilUtc, DateTime.UtcNow.AddMinutes(-1))));
        using var buyer = await Factory.SignedInAsync(Buyer);
        using var other = await Factory.SignedInAsync("buyer@fjord.example");

        var home = await buyer.GetAsync("/Customer");
        var othersHome = await other.GetAsync("/Customer");

        Item(home, "accept", $"/Customer/Quotes/Details/{issued}");
        Assert.Null(home.Document.QuerySelector($"a[href='/Customer/Quotes/Details/{lapsed}']"));
        Assert.Null(othersHome.Document.QuerySelector($"a[href='/Customer/Quotes/Details/{issued}']"));
        Assert.DoesNotContain(await NumberAsync(issued), othersHome.Body);
    }

    private Task<string> NumberAsync(int id) => Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Number!).SingleAsync());

    /// <summary>The to-do item of that kind whose link leads to the address.</summary>
    private static AngleSharp.Dom.IElement Item(PortalClient.Page home, string kind, string href) =>
        home.Document.QuerySelectorAll($"[data-todo={kind}]").SingleOrDefault(i => i.QuerySelector($"a[href='{href}']") is not null)
        ?? throw new Xunit.Sdk.XunitException($"The home lists no {kind} item linked to {href}: {home.Text("#todo-heading ~ ul")}");
}

public sealed class CustomerHomeOnSqlite(SqlitePortal portal) : CustomerHomeTests(portal), IClassFixture<SqlitePortal>;

public sealed class CustomerHomeOnPostgreSql(PostgresPortal portal) : CustomerHomeTests(portal), IClassFixture<PostgresPortal>;
