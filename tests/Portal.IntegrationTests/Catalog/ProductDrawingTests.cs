using System.Net;
using AngleSharp.Dom;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Catalog;

/// <summary>
/// The catalog shows each product drawn: an SVG image of its own address that names itself to screen readers, which a
/// browser fetches once and keeps (versioned by its content), so the cached catalog page stays small.
/// </summary>
public abstract class ProductDrawingTests(PortalFixture portal)
{
    /// <summary>The page with its 21 cards and their drawings' tags; with the drawings inline it was about 118 KB.</summary>
    private const int CatalogPageMostBytes = 40 * 1024;

    [SkippableFact]
    public async Task EveryCardOfTheCatalogShowsItsProductDrawnWithATitleAndADescription()
    {
        using var visitor = portal.Factory.NewClient();

        var page = await visitor.GetAsync("/catalog");

        var cards = page.Document.QuerySelectorAll("article.product-card");
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var name = card.QuerySelector("h3")!.TextContent.Trim();
            var image = card.QuerySelector("img.product-drawing");
            Assert.NotNull(image);
            var drawing = await DrawingAsync(visitor, image);
            Assert.Equal(name, drawing.Title);
            Assert.False(string.IsNullOrWhiteSpace(drawing.Description));
            Assert.Equal($"{name}. {drawing.Description}", image.GetAttribute("alt"));
            Assert.True(drawing.Rectangles > 0);
        }
        Assert.Equal(cards.Length, cards.Select(card => card.QuerySelector("img.product-drawing")!.GetAttribute("src")).Distinct().Count());
    }

    [SkippableFact]
    public async Task TheCatalogPageCarriesNoDrawingInlineAndStaysSmall()
    {
        using var visitor = portal.Factory.NewClient();

        var page = await visitor.GetAsync("/catalog");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("main svg"));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(page.Body), 1, CatalogPageMostBytes);
    }

    [SkippableFact]
    public async Task ADrawingIsKeptByTheBrowserForAYearAndAskedAgainOnlyWithItsETag()
    {
        using var visitor = portal.Factory.NewClient();
        var page = await visitor.GetAsync("/catalog/TRN3-RACK-48U");
        var src = page.Document.QuerySelector("img.product-drawing")!.GetAttribute("src")!;

        using var first = await visitor.Http.GetAsync(src);
        using var again = new HttpRequestMessage(HttpMethod.Get, src);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await visitor.Http.SendAsync(again);
        using var unversioned = await visitor.Http.GetAsync(src.Split('?')[0]);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/svg+xml", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: { TotalDays: >= 365 } });
        Assert.Contains("immutable", first.Headers.CacheControl.Extensions.Select(e => e.Name));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unversioned.StatusCode);
        Assert.True(unversioned.Headers.CacheControl?.NoCache);
        Assert.Equal(first.Headers.ETag, unversioned.Headers.ETag);
    }

    [SkippableFact]
    public async Task AnUnknownProductHasNoDrawing()
    {
        using var visitor = portal.Factory.NewClient();

        using var response = await visitor.Http.GetAsync("/catalog/NO-SUCH-SKU/drawing.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableTheory]
    [InlineData("TRN3-RACK-48U", "Front view of a 48 U rack")]
    [InlineData("TRN3-SLED-8", "Front view of a 2 U accelerator sled")]
    [InlineData("EFA-SW-25T", "Front view of a 1 U network switch")]
    [InlineData("PDU-3PH-60KW", "side-mounted")]
    [InlineData("SVC-INSTALL-RACK", "A service")]
    public async Task AProductsPageShowsItDrawnAsWhatItIs(string sku, string description)
    {
        using var visitor = portal.Factory.NewClient();

        var page = await visitor.GetAsync($"/catalog/{sku}");
        var image = page.Document.QuerySelector("img.product-drawing")!;

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(description, image.GetAttribute("alt"));
        Assert.Contains(description, (await DrawingAsync(visitor, image)).Description);
    }

    [SkippableFact]
    public async Task AProductMadeTallerIsDrawnTallerAtOnceThoughTheCatalogIsCached()
    {
        using var visitor = portal.Factory.NewClient();
        await visitor.GetAsync("/catalog/MGMT-SW-1G");
        var before = (await visitor.GetAsync("/catalog/MGMT-SW-1G")).Document.QuerySelector("img.product-drawing")!;
        var drawnBefore = await DrawingAsync(visitor, before);
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");

        var saved = await admin.SubmitAsync("/Admin/Products/Edit/MGMT-SW-1G", new Dictionary<string, string> { ["Product.HeightU"] = "2" });
        var after = (await visitor.GetAsync("/catalog/MGMT-SW-1G")).Document.QuerySelector("img.product-drawing")!;

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("1 U network switch", drawnBefore.Description);
        Assert.NotEqual(before.GetAttribute("src"), after.GetAttribute("src"));
        Assert.Contains("2 U network switch", (await DrawingAsync(visitor, after)).Description);
        Assert.Contains("2 U network switch", after.GetAttribute("alt"));
    }

    private sealed record Drawing(string Title, string Description, int Rectangles);

    /// <summary>Fetches the drawing an image shows and reads what it names itself and how many parts it has.</summary>
    private static async Task<Drawing> DrawingAsync(PortalClient visitor, IElement image)
    {
        using var response = await visitor.Http.GetAsync(image.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var labelledBy = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal("img", svg.Attribute("role")?.Value);
        string Named(string id) => svg.Elements().Single(e => e.Attribute("id")?.Value == id).Value;
        return new Drawing(Named(labelledBy[0]), Named(labelledBy[1]), svg.Elements(ns + "rect").Count());
    }
}

public sealed class ProductDrawingsOnSqlite(SqlitePortal portal) : ProductDrawingTests(portal), IClassFixture<SqlitePortal>;

public sealed class ProductDrawingsOnPostgreSql(PostgresPortal portal) : ProductDrawingTests(portal), IClassFixture<PostgresPortal>;
