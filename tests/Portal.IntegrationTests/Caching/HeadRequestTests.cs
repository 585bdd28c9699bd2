using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Caching;

/// <summary>A HEAD request to a page is answered as its GET would be, status and headers, without a body; the cached catalog too.</summary>
public abstract class HeadRequestTests(PortalFixture portal)
{
    private static async Task<(HttpStatusCode Status, string? ContentType, byte[] Body)> SendAsync(PortalClient client, HttpMethod method, string url)
    {
        using var response = await client.Http.SendAsync(new HttpRequestMessage(method, url));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/catalog")]
    [InlineData("/catalog/TRN3-RACK-48U")]
    [InlineData("/catalog/NO-SUCH-SKU")]
    [InlineData("/Account/Login")]
    [InlineData("/no/such/page")]
    public async Task AHeadRequestToAPageAnswersLikeItsGetWithoutABody(string url)
    {
        using var visitor = portal.Factory.NewClient();

        var get = await SendAsync(visitor, HttpMethod.Get, url);
        var head = await SendAsync(visitor, HttpMethod.Head, url);

        Assert.Equal(get.Status, head.Status);
        Assert.Equal(get.ContentType, head.ContentType);
        Assert.NotEmpty(get.Body);
        Assert.Empty(head.Body);
    }

    [SkippableFact]
    public async Task AHeadRequestToASignedInPageAnswersLikeItsGet()
    {
        using var customer = await portal.Factory.SignedInAsync("buyer@fjord.example");

        var head = await SendAsync(customer, HttpMethod.Head, "/Customer/Quotes");

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Empty(head.Body);
    }

    [SkippableFact]
    public async Task AHeadRequestFirstLeavesTheCachedCatalogWholeForTheNextGet()
    {
        using var visitor = portal.Factory.NewClient();
        var url = $"/catalog?q=rack&head={Guid.NewGuid():N}";

        var first = await SendAsync(visitor, HttpMethod.Head, url);
        var get = await visitor.GetAsync(url);
        var again = await SendAsync(visitor, HttpMethod.Head, url);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Empty(first.Body);
        Assert.NotEmpty(get.Document.QuerySelectorAll("article.product-card"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.Body);
    }
}

public sealed class HeadRequestsOnSqlite(SqlitePortal portal) : HeadRequestTests(portal), IClassFixture<SqlitePortal>;

public sealed class HeadRequestsOnPostgreSql(PostgresPortal portal) : HeadRequestTests(portal), IClassFixture<PostgresPortal>;
