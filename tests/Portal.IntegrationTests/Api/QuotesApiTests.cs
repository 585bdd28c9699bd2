using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>A company's quote requests read through the API: paged by cursor, one whole, its PDF; another company's are not found.</summary>
public abstract class QuotesApiTests(PortalFixture portal)
{
    private ApiCaller? _api;

    private async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await CallAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<HttpResponseMessage> CallAsync(string path)
    {
        _api ??= await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);
        return await _api.SendAsync(HttpMethod.Get, path);
    }

    private Task<int> HeliosAsync() => portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Name == "Helios AI Labs").Select(o => o.Id).SingleAsync());

    [SkippableFact]
    public async Task TheCompanysQuotesComePagedNewestFirstAndTheCursorWalksThemAll()
    {
        var helios = await HeliosAsync();
        var expected = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.OrganizationId == helios).OrderByDescending(q => q.Id).Select(q => q.Id).ToListAsync());

        var seen = new List<int>();
        string path = "/api/v1/quotes?limit=2";
        while (true)
        {
            var page = await GetJsonAsync(path);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                break;
            }
            path = $"/api/v1/quotes?limit=2&before={page.GetProperty("next").GetInt32()}";
        }
        var issued = await GetJsonAsync("/api/v1/quotes?status=Issued&limit=1000");

        Assert.Equal(expected, seen);
        Assert.All(issued.GetProperty("items").EnumerateArray(), q => Assert.Equal("Issued", q.GetProperty("status").GetString()));
        Assert.True(issued.GetProperty("items").GetArrayLength() <= 100);
    }

    [SkippableFact]
    public async Task AQuoteComesWholeWithItsLinesClassificationsAndStoredPdfAndAnotherCompanysIsAProblem404()
    {
        var helios = await HeliosAsync();
        var issued = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.OrganizationId == helios && q.Status == QuoteStatus.Issued).OrderBy(q => q.Id).FirstAsync());
        var stored = await portal.Factory.QueryAsync(db => db.QuoteRevisions.Where(r => r.QuoteId == issued.Id && r.Number == issued.Revision).Select(r => r.Pdf).SingleAsync());
        var foreign = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.OrganizationId != helios).Select(q => q.Id).FirstAsync());

        var quote = await GetJsonAsync($"/api/v1/quotes/{issued.Id}");
        var pdf = await CallAsync($"/api/v1/quotes/{issued.Id}/pdf");
        var notFound = await CallAsync($"/api/v1/quotes/{foreign}");
        var pdfNotFound = await CallAsync($"/api/v1/quotes/{foreign}/pdf");
        var badStatus = await CallAsync("/api/v1/quotes?status=Nonsense");
        var nowhere = await CallAsync("/api/v1/no-such-thing");

        Assert.Equal(issued.Number, quote.GetProperty("quote").GetProperty("number").GetString());
        Assert.EndsWith("Z", quote.GetProperty("quote").GetProperty("issuedUtc").GetString());
        Assert.Equal(issued.IssuedTotalMinorUnits / 100m, quote.GetProperty("quote").GetProperty("issuedTotal").GetDecimal());
        var server = quote.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("sku").GetString() == "TRN2-SRV-16");
        Assert.Equal("4A090.a", server.GetProperty("exportClassification").GetString());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(stored, await pdf.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal("application/problem+json", badStatus.Content.Headers.ContentType!.MediaType);
        Assert.Contains("status", await badStatus.Content.ReadAsStringAsync());
        foreach (var missing in new[] { notFound, pdfNotFound, nowhere })
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        }
        Assert.Contains("The quote was not found", await notFound.Content.ReadAsStringAsync());
    }
}

public sealed class QuotesApiOnSqlite(SqlitePortal portal) : QuotesApiTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuotesApiOnPostgreSql(PostgresPortal portal) : QuotesApiTests(portal), IClassFixture<PostgresPortal>;
