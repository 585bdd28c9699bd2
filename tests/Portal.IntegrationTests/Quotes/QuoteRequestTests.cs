using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

public abstract class QuoteRequestTests(PortalFixture portal)
{
    private static readonly string NextQuarter = Quarter.Containing(DateTime.UtcNow).Plus(2).ToString();

    private async Task<PortalClient> CustomerAsync(string email = "buyer@helios.example")
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Starts a draft from the configurator with a valid Trainium3 configuration; answers the draft's id.</summary>
    private static async Task<int> StartDraftAsync(PortalClient client, int racks = 4)
    {
        var added = await client.SubmitAsync("/Customer/Configurator", new Dictionary<string, string>
        {
            ["RackSku"] = "TRN3-RACK-48U",
            ["RackCount"] = racks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Components[0].Sku"] = "TRN3-SLED-8", ["Components[0].Quantity"] = "8",
            ["Components[1].Sku"] = "EFA-SW-51T", ["Components[1].Quantity"] = "1",
            ["Components[2].Sku"] = "CDU-LIQ-150KW", ["Components[2].Quantity"] = "1",
        }, "/Customer/Configurator/AddToQuote");
        Assert.True(added.Status == HttpStatusCode.Redirect, $"Adding to a quote answered {(int)added.Status}: {added.Text("[data-problem-for]")}");
        return int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<PortalClient.Page> DescribeAsync(PortalClient client, int id, string quarter, string notes = "Please quote with enterprise support.") =>
        client.SubmitAsync($"/Customer/Quotes/Details/{id}",
            new Dictionary<string, string> { ["Draft.RequestedQuarter"] = quarter, ["Draft.Notes"] = notes }, $"/Customer/Quotes/Describe/{id}");

    private static Task<PortalClient.Page> SubmitAsync(PortalClient client, int id) =>
        client.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{id}");

    [SkippableFact]
    public async Task ACustomerBuildsADraftAndSubmitsItAndBothSidesGetMail()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client);
        await DescribeAsync(client, id, NextQuarter);
        var added = await client.SubmitAsync($"/Customer/Quotes/Details/{id}",
            new Dictionary<string, string> { ["NewProduct.Sku"] = "SVC-INSTALL-RACK", ["NewProduct.Quantity"] = "4" }, $"/Customer/Quotes/AddProduct/{id}");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        var submitted = await SubmitAsync(client, id);

        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.Include(q => q.Products).SingleAsync(q => q.Id == id));
        Assert.Equal(QuoteStatus.Submitted, quote.Status);
        Assert.Matches(@"^Q-\d{4}-\d{6}$", quote.Number);
        Assert.Single(quote.Products);
        var page = await client.GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Contains(quote.Number!, page.Body);
        Assert.Contains("Submitted by Harper Quinn", page.Body);
        Assert.Contains("Product added by Harper Quinn (4 × On-site installation, per rack)", page.Body);
        Assert.Contains("Configuration added by Harper Quinn (4 × Trainium3 UltraServer rack, 48U)", page.Body);
        Assert.Contains(quote.Number!, Outbox.LatestTo(portal.Factory, "buyer@helios.example").Subject);
        Assert.Contains(quote.Number!, Outbox.LatestTo(portal.Factory, "sales@northwind.example").Subject);
        var list = await client.GetAsync($"/Customer/Quotes?q={quote.Number}");
        Assert.Single(list.Document.QuerySelectorAll("tbody tr"));
    }

    [SkippableFact]
    public async Task ThePriceOfTheDraftIsComputedOnTheServerWithTheVolumeTier()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client, racks: 4);

        var page = await client.GetAsync($"/Customer/Quotes/Details/{id}");

        // 4 racks × $6,660,000 list, 3 % volume discount.
        Assert.Contains("$26,640,000", page.Body);
        Assert.Contains("$25,840,800", page.Body);
    }

    [SkippableFact]
    public async Task APendingOrganizationKeepsItsDraftButCannotSubmit()
    {
        using var client = await CustomerAsync("owner@quantaforge.example");
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name.StartsWith("QuantaForge")).Select(s => s.Id).SingleAsync());
        var added = await client.SubmitAsync("/Customer/Configurator", new Dictionary<string, string>
        {
            ["RackSku"] = "TRN2-RACK-48U", ["SiteId"] = site.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Components[0].Sku"] = "TRN2-SRV-16", ["Components[0].Quantity"] = "2", ["Components[1].Sku"] = "EFA-SW-25T", ["Components[1].Quantity"] = "1",
        }, "/Customer/Configurator/AddToQuote");
        var id = int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await DescribeAsync(client, id, NextQuarter);

        var refused = await SubmitAsync(client, id);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("awaiting approval", refused.Body);
        Assert.Equal(QuoteStatus.Draft, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task BadDraftValuesGetMessagesAndChangeNothing()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client);

        var notes = await DescribeAsync(client, id, NextQuarter, new string('n', 50_000));
        var past = await DescribeAsync(client, id, "2020-Q1");
        var nonsense = await DescribeAsync(client, id, "soon");
        var product = await client.SubmitAsync($"/Customer/Quotes/Details/{id}",
            new Dictionary<string, string> { ["NewProduct.Sku"] = "TRN1-RACK-42U", ["NewProduct.Quantity"] = "1" }, $"/Customer/Quotes/AddProduct/{id}");
        var huge = await client.SubmitAsync($"/Customer/Quotes/Details/{id}",
            new Dictionary<string, string> { ["NewProduct.Sku"] = "SVC-INSTALL-RACK", ["NewProduct.Quantity"] = "99999999" }, $"/Customer/Quotes/AddProduct/{id}");

        Assert.Contains("Notes can hold 4,000 characters", notes.FieldMessage("Draft.Notes"));
        Assert.Contains("cannot be in the past", past.FieldMessage("Draft.RequestedQuarter"));
        Assert.Contains("Choose a delivery quarter", nonsense.FieldMessage("Draft.RequestedQuarter"));
        Assert.Contains("configure it in the configurator", product.FieldMessage("NewProduct.Sku"));
        Assert.Contains("Order between 1 and 500", huge.FieldMessage("NewProduct.Quantity"));
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.Include(q => q.Products).SingleAsync(q => q.Id == id));
        Assert.Equal(string.Empty, quote.Notes);
        Assert.Null(quote.RequestedQuarter);
        Assert.Empty(quote.Products);
    }

    [SkippableFact]
    public async Task SubmittingWithoutAQuarterNamesWhatIsMissing()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client);

        var refused = await SubmitAsync(client, id);

        Assert.Contains("Choose a delivery quarter.", refused.Body);
    }

    [SkippableFact]
    public async Task AnotherOrganizationsQuoteIsNotFoundForEveryAction()
    {
        using var helios = await CustomerAsync();
        var id = await StartDraftAsync(helios);
        using var fjord = await CustomerAsync("buyer@fjord.example");
        var token = await fjord.AntiforgeryTokenAsync("/Customer/Quotes");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Draft.Notes"] = "mine now", ["configurationId"] = "1" };

        Assert.Equal(HttpStatusCode.NotFound, (await fjord.GetAsync($"/Customer/Quotes/Details/{id}")).Status);
        foreach (var action in new[] { "Describe", "AddProduct", "RemoveConfiguration", "RemoveProduct", "Delete", "Submit" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await fjord.PostAsync($"/Customer/Quotes/{action}/{id}", form)).Status);
        }
        var added = await fjord.PostAsync("/Customer/Configurator/AddToQuote", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["QuoteId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RackSku"] = "TRN2-RACK-48U", ["RackCount"] = "1",
        });
        Assert.Equal(HttpStatusCode.NotFound, added.Status);
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Racks.Count).SingleAsync()));
    }

    [SkippableFact]
    public async Task ASubmittedRequestCannotBeChangedOrDeleted()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client);
        await DescribeAsync(client, id, NextQuarter);
        await SubmitAsync(client, id);
        var token = await client.AntiforgeryTokenAsync("/Customer/Quotes");

        var delete = await client.PostAsync($"/Customer/Quotes/Delete/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var again = await client.PostAsync($"/Customer/Quotes/Submit/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Conflict, delete.Status);
        Assert.Contains("only a draft can be deleted", delete.Body);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.True(await portal.Factory.QueryAsync(db => db.Quotes.AnyAsync(q => q.Id == id && q.Status == QuoteStatus.Submitted)));
    }

    [SkippableFact]
    public async Task AConfigurationOnADraftIsChangedInPlaceInTheConfigurator()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client, racks: 2);
        var configuration = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).SelectMany(q => q.Racks).Select(c => c.Id).SingleAsync());
        var editor = $"/Customer/Configurator?quote={id}&configuration={configuration}";
        var form = await client.GetAsync(editor);
        Assert.Equal("8", form.Document.QuerySelector("#Components_0__Quantity")?.GetAttribute("value"));
        Assert.Equal("2", form.Document.QuerySelector("input[name=RackCount]")?.GetAttribute("value"));

        var saved = await client.SubmitAsync(form, new Dictionary<string, string> { ["Components[0].Quantity"] = "6", ["RackCount"] = "3" },
            "/Customer/Configurator/AddToQuote");

        Assert.True(saved.Location == $"/Customer/Quotes/Details/{id}", $"{(int)saved.Status}: {saved.Text("[data-problem-for]")}");
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.Include(q => q.Racks).ThenInclude(c => c.Components).SingleAsync(q => q.Id == id));
        var changed = Assert.Single(quote.Racks);
        Assert.Equal(3, changed.RackCount);
        Assert.Equal(6, changed.Components[0].Quantity);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Customer/Configurator?quote={id}&configuration=987654")).Status);
    }

    [SkippableFact]
    public async Task ASecondConfigurationWithTheSameRackJoinsTheDraft()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client, racks: 2);

        var added = await client.SubmitAsync($"/Customer/Configurator?quote={id}", new Dictionary<string, string>
        {
            ["RackSku"] = "TRN3-RACK-48U",
            ["RackCount"] = "2",
            ["Components[0].Sku"] = "TRN3-SLED-8", ["Components[0].Quantity"] = "4",
            ["Components[1].Sku"] = "EFA-SW-51T", ["Components[1].Quantity"] = "1",
        }, "/Customer/Configurator/AddToQuote");

        Assert.Equal($"/Customer/Quotes/Details/{id}", added.Location);
        Assert.Equal(2, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Racks.Count).SingleAsync()));
        Assert.Contains("4 ×", (await client.GetAsync($"/Customer/Quotes/Details/{id}")).Body);
    }

    [SkippableFact]
    public async Task ADraftCanBeDeleted()
    {
        using var client = await CustomerAsync();
        var id = await StartDraftAsync(client);

        var deleted = await client.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Delete/{id}");

        Assert.Equal("/Customer/Quotes", deleted.Location);
        Assert.False(await portal.Factory.QueryAsync(db => db.Quotes.AnyAsync(q => q.Id == id)));
    }

    [SkippableFact]
    public async Task FiftyConcurrentSubmitsGetFiftyDistinctNumbers()
    {
        using var client = await CustomerAsync("buyer@fjord.example");
        var ids = new List<int>();
        using (var scope = portal.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Portal.Infrastructure.Persistence.PortalDbContext>();
            var buyer = await db.Users.SingleAsync(u => u.Email == "buyer@fjord.example");
            var site = await db.Sites.FirstAsync(s => s.OrganizationId == buyer.OrganizationId);
            var service = await db.Products.SingleAsync(p => p.Sku == "SVC-NEURON-ENG");
            var drafts = Enumerable.Range(0, 50).Select(_ =>
            {
                var quote = new Quote(buyer.OrganizationId!.Value, buyer.Id, DateTime.UtcNow);
                quote.AddProduct(service, 2, DateTime.UtcNow);
                quote.Describe(site.Id, Quarter.Parse(NextQuarter), "parallel", DateTime.UtcNow);
                return quote;
            }).ToList();
            db.Quotes.AddRange(drafts);
            await db.SaveChangesAsync();
            ids.AddRange(drafts.Select(d => d.Id));
        }
        var token = await client.AntiforgeryTokenAsync("/Customer/Quotes");

        var answers = await Task.WhenAll(ids.Select(id =>
            client.PostAsync($"/Customer/Quotes/Submit/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.Status));
        var numbers = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => ids.Contains(q.Id)).Select(q => q.Number).ToListAsync());
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.DoesNotContain(null, numbers);
    }
}

public sealed class QuoteRequestsOnSqlite(SqlitePortal portal) : QuoteRequestTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteRequestsOnPostgreSql(PostgresPortal portal) : QuoteRequestTests(portal), IClassFixture<PostgresPortal>;
