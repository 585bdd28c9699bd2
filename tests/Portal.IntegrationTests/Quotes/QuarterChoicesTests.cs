using Portal.Domain.Common;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// The staff page of a request offers the quarters ahead in order: moving the whole delivery selects the requested one,
/// and each pricing line selects its own quarter, or none when it goes as requested.
/// </summary>
public sealed class QuarterChoicesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Sales = "sales@northwind.example";

    [Fact]
    public async Task TheDeliveryAndEachLineSelectTheirQuarter()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(2).WithProduct("SVC-INSTALL-RACK", 2)
            .ForQuarter(1).ClaimedBy(Sales).SubmitAsync();
        var thisQuarter = Quarter.Containing(DateTime.UtcNow);
        var later = thisQuarter.Plus(3).ToString();
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["Pricing.Products[0].Quarter"] = later },
            $"/Staff/Quotes/Price/{id}");

        var page = await sales.GetAsync($"/Staff/Quotes/Details/{id}");

        var delivery = Options(page, "select#quarter");
        Assert.Equal(Enumerable.Range(0, 8).Select(n => thisQuarter.Plus(n).ToString()), delivery.Select(o => o.Value));
        Assert.Equal(thisQuarter.Plus(1).ToString(), delivery.Single(o => o.Selected).Value);
        var product = Options(page, "select[name='Pricing.Products[0].Quarter']");
        Assert.Equal(["", .. delivery.Select(o => o.Value)], product.Select(o => o.Value));
        Assert.Equal(new Option(later, later, true), product.Single(o => o.Selected));
        Assert.DoesNotContain(Options(page, "select[name='Pricing.Configurations[0].Quarter']"), o => o.Selected);
    }

    private sealed record Option(string Value, string Text, bool Selected);

    private static List<Option> Options(PortalClient.Page page, string select) =>
        page.Document.QuerySelectorAll($"{select} option")
            .Select(option => new Option(option.GetAttribute("value") ?? "", option.TextContent, option.HasAttribute("selected")))
            .ToList();
}
