using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Catalog;

/// <summary>The catalog shows each product drawn: an SVG that names itself to screen readers, kept in the cached page.</summary>
public abstract class ProductDrawingTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task EveryCardOfTheCatalogShowsItsProductDrawnWithATitleAndADescription()
    {
        using var visitor = portal.Factory.NewClient();

        var page = await visitor.GetAsync("/catalog");

        var cards = page.Document.QuerySelectorAll("article.product-card");
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            var drawing = card.QuerySelector("svg.product-drawing[role=img]");
            Assert.NotNull(drawing);
            var labelledBy = drawing.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(card.QuerySelector("h3")!.TextContent.Trim(), page.Document.GetElementById(labelledBy[0])?.TextContent);
            Assert.False(string.IsNullOrWhiteSpace(page.Document.GetElementById(labelledBy[1])?.TextContent));
            Assert.NotEmpty(drawing.QuerySelectorAll("rect"));
        });
        Assert.Equal(cards.Length, page.Document.QuerySelectorAll("svg title").Select(title => title.Id).Distinct().Count());
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

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(description, page.Text("svg.product-drawing desc"));
    }

    [SkippableFact]
    public async Task AProductMadeTallerIsDrawnTallerAtOnceThoughTheCatalogIsCached()
    {
        using var visitor = portal.Factory.NewClient();
        await visitor.GetAsync("/catalog/MGMT-SW-1G");
        var before = await visitor.GetAsync("/catalog/MGMT-SW-1G");
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");

        var saved = await admin.SubmitAsync("/Admin/Products/Edit/MGMT-SW-1G", new Dictionary<string, string> { ["Product.HeightU"] = "2" });
        var after = await visitor.GetAsync("/catalog/MGMT-SW-1G");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("1 U network switch", before.Text("svg.product-drawing desc"));
        Assert.Contains("2 U network switch", after.Text("svg.product-drawing desc"));
    }
}

public sealed class ProductDrawingsOnSqlite(SqlitePortal portal) : ProductDrawingTests(portal), IClassFixture<SqlitePortal>;

public sealed class ProductDrawingsOnPostgreSql(PostgresPortal portal) : ProductDrawingTests(portal), IClassFixture<PostgresPortal>;
