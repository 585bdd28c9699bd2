using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Sales and the customer each find the quote's page and download its PDF in Chromium.</summary>
public sealed class QuotePdfDownloadTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task<string> DownloadAsync(IPage page, string name)
    {
        var (file, text) = await page.DownloadPdfAsync(name);
        Assert.Matches(@"^Q-\d{4}-\d{6}-rev1\.pdf$", file);
        Assert.Contains("Helios AI Labs", text);
        return file;
    }

    [SkippableFact]
    public async Task SalesOpensAQuoteRequestFromTheListAndDownloadsItsPdf()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("sales@northwind.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quote requests", Exact = true }).ClickAsync();
        await Screenshots.TakeAsync(page, "staff-quote-requests");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Helios AI Labs" }).Filter(new() { HasText = "Submitted" })
            .GetByRole(AriaRole.Link).First.ClickAsync();

        await Assertions.Expect(page.Locator("svg.elevation")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "staff-quote");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        var file = await DownloadAsync(page, "browser-staff-download");

        Assert.StartsWith((await page.Locator("h1").InnerTextAsync()).Split(' ')[0], file);
    }

    [SkippableFact]
    public async Task TheCustomerDownloadsItsQuotesPdfFromMyQuotes()
    {
        var page = await portal.NewPageAsync(phone: true);
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/Customer/Quotes?status=Submitted");
        await page.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "customer-quote-phone");
        await DownloadAsync(page, "browser-customer-download");
    }
}
