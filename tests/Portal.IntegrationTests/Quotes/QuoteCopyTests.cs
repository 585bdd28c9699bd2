using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>A buyer copies a quote of its company into a new draft (a reorder) from the quote's page.</summary>
public abstract class QuoteCopyTests(PortalFixture portal)
{
    private async Task<PortalClient> CustomerAsync(string email = "buyer@helios.example")
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<Quote> LoadAsync(int id) => portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking()
        .Include(q => q.Racks).ThenInclude(r => r.Rack)
        .Include(q => q.Racks).ThenInclude(r => r.Components).ThenInclude(c => c.Product)
        .Include(q => q.Products).ThenInclude(p => p.Product)
        .SingleAsync(q => q.Id == id));

    private static string Lines(Quote quote) => string.Join("; ",
        quote.Racks.Select(r => $"{r.RackCount} × {r.Rack!.Sku} [{string.Join(", ", r.Components.Select(c => $"{c.Quantity} {c.Product!.Sku}"))}]")
            .Concat(quote.Products.Select(p => $"{p.Quantity} × {p.Product!.Sku}")));

    [SkippableFact]
    public async Task TheCopyIsANewDraftWithTheSameRacksProductsAndSite()
    {
        var original = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2).SubmitAsync();
        using var client = await CustomerAsync();

        var copied = await client.SubmitAsync($"/Customer/Quotes/Details/{original}", new Dictionary<string, string>(), $"/Customer/Quotes/Copy/{original}");

        Assert.Equal(HttpStatusCode.Redirect, copied.Status);
        var id = int.Parse(copied.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.NotEqual(original, id);
        var (source, copy) = (await LoadAsync(original), await LoadAsync(id));
        Assert.Equal(QuoteStatus.Draft, copy.Status);
        Assert.Equal(QuoteStatus.Submitted, source.Status);
        Assert.Equal(Lines(source), Lines(copy));
        Assert.Equal(source.SiteId, copy.SiteId);
        Assert.Equal(source.OrganizationId, copy.OrganizationId);
        var page = await client.GetAsync(copied.Location);
        Assert.Contains($"Copied into Draft {id}", page.Body);
        Assert.Contains("Submit request", page.Text("main button"));
    }

    [SkippableFact]
    public async Task ADraftOffersNoCopy()
    {
        var draft = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).DraftAsync();
        using var client = await CustomerAsync();

        var page = await client.GetAsync($"/Customer/Quotes/Details/{draft}");

        Assert.DoesNotContain("Copy into a new request", page.Text("main button"));
    }

    [SkippableFact]
    public async Task AnotherCompanysQuoteIsNotFoundAndNothingIsCopied()
    {
        var heliosQuote = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(1).SubmitAsync();
        using var client = await CustomerAsync("buyer@fjord.example");
        var token = await client.AntiforgeryTokenAsync("/Customer/Configurator");
        var before = await portal.Factory.QueryAsync(db => db.Quotes.CountAsync());

        var copied = await client.PostAsync($"/Customer/Quotes/Copy/{heliosQuote}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, copied.Status);
        Assert.Equal(before, await portal.Factory.QueryAsync(db => db.Quotes.CountAsync()));
    }
}

public sealed class QuoteCopyOnSqlite(SqlitePortal portal) : QuoteCopyTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteCopyOnPostgreSql(PostgresPortal portal) : QuoteCopyTests(portal), IClassFixture<PostgresPortal>;
