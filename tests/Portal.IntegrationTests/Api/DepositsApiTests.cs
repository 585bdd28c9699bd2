using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>Deposit status read by a company's key: its own deposits, by quote or one by one; another company's are not found.</summary>
public abstract class DepositsApiTests(PortalFixture portal)
{
    private async Task<HttpResponseMessage> CallAsync(string buyer, string path) =>
        await (await ApiCaller.ForAsync(portal.Factory, buyer, write: false)).SendAsync(HttpMethod.Get, path);

    [SkippableFact]
    public async Task ACompanyReadsItsOwnDepositsWithTheirStateAndAnotherCompanysIsNotFound()
    {
        var fjord = await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Name == "Fjord Compute AS").Select(o => o.Id).SingleAsync());
        var own = await portal.Factory.QueryAsync(db => db.Deposits.Where(d => d.OrganizationId == fjord).OrderByDescending(d => d.Id).ToListAsync());
        var foreign = await portal.Factory.QueryAsync(db => db.Deposits.Where(d => d.OrganizationId != fjord).Select(d => d.Id).FirstAsync());
        var byQuote = own.First(d => d.QuoteId != null);

        var all = JsonDocument.Parse(await (await CallAsync("buyer@fjord.example", "/api/v1/deposits")).Content.ReadAsStringAsync()).RootElement;
        var ofQuote = JsonDocument.Parse(await (await CallAsync("buyer@fjord.example", $"/api/v1/deposits?quote={byQuote.QuoteId}")).Content.ReadAsStringAsync()).RootElement;
        var one = JsonDocument.Parse(await (await CallAsync("buyer@fjord.example", $"/api/v1/deposits/{byQuote.Id}")).Content.ReadAsStringAsync()).RootElement;
        var notFound = await CallAsync("buyer@fjord.example", $"/api/v1/deposits/{foreign}");

        Assert.Equal(own.Select(d => d.Id), all.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.All(ofQuote.EnumerateArray(), d => Assert.Equal(byQuote.QuoteId, d.GetProperty("quoteId").GetInt32()));
        Assert.Equal(byQuote.State.ToString(), one.GetProperty("state").GetString());
        Assert.Equal(byQuote.AmountMinorUnits / 100m, one.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class DepositsApiOnSqlite(SqlitePortal portal) : DepositsApiTests(portal), IClassFixture<SqlitePortal>;

public sealed class DepositsApiOnPostgreSql(PostgresPortal portal) : DepositsApiTests(portal), IClassFixture<PostgresPortal>;
