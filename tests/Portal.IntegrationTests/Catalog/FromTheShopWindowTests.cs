using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Catalog;

/// <summary>A product's page leads to a quote: the configurator opened on a rack, anything else onto a new or an existing draft.</summary>
public abstract class FromTheShopWindowTests(PortalFixture portal)
{
    private async Task<PortalClient> CustomerAsync(string email = "buyer@helios.example")
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Follows the link of that name on the product's page, as a buyer clicks it.</summary>
    private static async Task<PortalClient.Page> FollowAsync(PortalClient client, string sku, string linkText)
    {
        var product = await client.GetAsync($"/catalog/{sku}");
        var link = product.Document.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Trim() == linkText)
                   ?? throw new InvalidOperationException($"The page of {sku} has no link \"{linkText}\".");
        return await client.GetAsync(link.GetAttribute("href")!);
    }

    private Task<int> QuoteCountAsync() => portal.Factory.QueryAsync(db => db.Quotes.CountAsync());

    [SkippableFact]
    public async Task ARackPageOpensTheConfiguratorOnThatRack()
    {
        using var client = await CustomerAsync();

        var configurator = await FollowAsync(client, "TRN2-RACK-48U", "Configure this rack");

        Assert.Equal(HttpStatusCode.OK, configurator.Status);
        Assert.Equal("TRN2-RACK-48U", configurator.Document.QuerySelector("select[name=RackSku] option[selected]")?.GetAttribute("value"));
    }

    [SkippableTheory]
    [InlineData("sales@northwind.example")]
    [InlineData("admin@northwind.example")]
    [InlineData("compliance@northwind.example")]
    public async Task TheVendorsOwnPeopleAreNotOfferedTheWaysToBuy(string email)
    {
        using var client = await CustomerAsync(email);

        foreach (var sku in new[] { "TRN3-RACK-48U", "SVC-SUPPORT-ENT", "TRN4-RACK-52U" })
        {
            var page = await client.GetAsync($"/catalog/{sku}");
            var links = page.Text("main a");
            Assert.DoesNotContain("Configure this rack", links);
            Assert.DoesNotContain("Add to a quote request", links);
            Assert.DoesNotContain("Join the waitlist", links);
            Assert.DoesNotContain("Reserve", links);
        }
        var rack = await client.GetAsync("/catalog/TRN3-RACK-48U");
        Assert.Contains("Customers request a quote or join the waitlist from this page.", rack.Body);
    }

    [SkippableFact]
    public async Task AServicePageAddsItToANewQuoteRequest()
    {
        using var client = await CustomerAsync();
        var form = await FollowAsync(client, "SVC-SUPPORT-ENT", "Add to a quote request");

        var added = await client.SubmitAsync(form, new Dictionary<string, string> { ["Form.Quantity"] = "3", ["Form.QuoteId"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var id = int.Parse(added.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.Include(q => q.Products).ThenInclude(p => p.Product).SingleAsync(q => q.Id == id));
        Assert.Equal(QuoteStatus.Draft, quote.Status);
        Assert.Equal(("SVC-SUPPORT-ENT", 3), (quote.Products.Single().Product!.Sku, quote.Products.Single().Quantity));
        var page = await client.GetAsync(added.Location);
        Assert.Contains("Product added to the quote request.", page.Body);
    }

    [SkippableFact]
    public async Task AProductPageAddsItToADraftTheCompanyHas()
    {
        var draft = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).DraftAsync();
        using var client = await CustomerAsync();
        var form = await FollowAsync(client, "STOR-NVME-2U", "Add to a quote request");
        Assert.Contains($"Draft {draft}", form.Text("select[name='Form.QuoteId']"));

        var added = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Quantity"] = "2", ["Form.QuoteId"] = draft.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal($"/Customer/Quotes/Details/{draft}", added.Location);
        var skus = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == draft).SelectMany(q => q.Products).Select(p => p.Product!.Sku).ToListAsync());
        Assert.Equal(["STOR-NVME-2U"], skus);
    }

    [SkippableFact]
    public async Task AnotherCompanysDraftIsNotFoundAndNothingIsSaved()
    {
        var heliosDraft = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).DraftAsync();
        using var client = await CustomerAsync("buyer@fjord.example");
        var form = await FollowAsync(client, "STOR-NVME-2U", "Add to a quote request");
        Assert.DoesNotContain($"Draft {heliosDraft}", form.Text("select[name='Form.QuoteId']"));
        var before = await QuoteCountAsync();

        var added = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Quantity"] = "1", ["Form.QuoteId"] = heliosDraft.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.NotFound, added.Status);
        Assert.Equal(before, await QuoteCountAsync());
        Assert.Equal(0, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == heliosDraft).SelectMany(q => q.Products).CountAsync()));
    }

    [SkippableTheory]
    [InlineData("0", "Order between 1 and")]
    [InlineData("lots", "cannot be “lots”: check what you typed.")]
    [InlineData("999999", "Order between 1 and")]
    public async Task ABadQuantityGetsAFieldMessageAndMakesNoDraft(string quantity, string message)
    {
        using var client = await CustomerAsync();
        var form = await FollowAsync(client, "SVC-SUPPORT-ENT", "Add to a quote request");
        var before = await QuoteCountAsync();

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Form.Quantity"] = quantity, ["Form.QuoteId"] = "" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldMessage("Form.Quantity"));
        Assert.Equal(before, await QuoteCountAsync());
    }

    [SkippableFact]
    public async Task AnUnreadableDraftIsRefusedRatherThanTakenForANewOne()
    {
        using var client = await CustomerAsync();
        var form = await FollowAsync(client, "SVC-SUPPORT-ENT", "Add to a quote request");
        var before = await QuoteCountAsync();

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Form.Quantity"] = "1", ["Form.QuoteId"] = "latest" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("cannot be “latest”: check what you typed.", page.FieldMessage("Form.QuoteId"));
        Assert.Equal(before, await QuoteCountAsync());
    }

    [SkippableFact]
    public async Task AnUnknownProductIsNotFound()
    {
        using var client = await CustomerAsync();

        var page = await client.GetAsync("/Customer/AddToRequest?sku=NO-SUCH-SKU");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [SkippableFact]
    public async Task AnAllocatedRackWithFreeUnitsInALaterQuarterOffersTheQuoteBesideTheWaitlist()
    {
        var later = Quarter.Containing(DateTime.UtcNow).Plus(4);
        await LeaveFreeOnlyInAsync("TRN3-RACK-48U", later);
        using var client = await CustomerAsync();

        var page = await client.GetAsync("/catalog/TRN3-RACK-48U");
        var configurator = await FollowAsync(client, "TRN3-RACK-48U", "Configure this rack");

        Assert.Contains("Join the waitlist", page.Text("main a"));
        Assert.Contains($"Free units from {later}", page.Body);
        Assert.Equal(HttpStatusCode.OK, configurator.Status);
    }

    [SkippableFact]
    public async Task ASoldOutRackOffersOnlyTheWaitlist()
    {
        await LeaveFreeOnlyInAsync("TRN3-SLED-8", null);
        using var client = await CustomerAsync();

        var page = await client.GetAsync("/catalog/TRN3-SLED-8");

        Assert.Contains("Join the waitlist", page.Text("main a"));
        Assert.DoesNotContain("Add to a quote request", page.Text("main a"));
    }

    /// <summary>Takes every free unit of the product's quarters, but leaves six free in <paramref name="quarter"/>.</summary>
    private Task LeaveFreeOnlyInAsync(string sku, Quarter? quarter) =>
        portal.Factory.QueryAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Sku == sku);
            if (quarter is { } free && !await db.Allocations.AnyAsync(a => a.ProductId == product.Id && a.Quarter == free))
            {
                db.Allocations.Add(new Portal.Domain.Catalog.Allocation(product.Id, free, 0));
            }
            await db.SaveChangesAsync();
            foreach (var allocation in await db.Allocations.Where(a => a.ProductId == product.Id).ToListAsync())
            {
                allocation.SetSupply(allocation.Held + allocation.Committed + (allocation.Quarter == quarter ? 6 : 0));
            }
            return await db.SaveChangesAsync();
        });
}

public sealed class FromTheShopWindowOnSqlite(SqlitePortal portal) : FromTheShopWindowTests(portal), IClassFixture<SqlitePortal>;

public sealed class FromTheShopWindowOnPostgreSql(PostgresPortal portal) : FromTheShopWindowTests(portal), IClassFixture<PostgresPortal>;
