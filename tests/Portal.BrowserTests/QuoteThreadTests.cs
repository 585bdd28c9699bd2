using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A buyer writes on an issued quote's conversation with a drawing attached, sees it and downloads it; sales reads it.</summary>
public sealed class QuoteThreadTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly byte[] Drawing = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private static async Task AccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheBuyerWritesWithAnAttachmentAndSeesIt(bool phone)
    {
        var text = $"Rack row C drawing attached ({(phone ? "phone" : "desk")}).";
        var page = await portal.NewPageAsync(phone);
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/Customer/Quotes?status=Issued");
        await page.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First.ClickAsync();

        await page.GetByLabel("Your message").FillAsync(text);
        await page.GetByLabel("Attach files").SetInputFilesAsync(new FilePayload { Name = "row-c.pdf", MimeType = "application/pdf", Buffer = Drawing });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();

        var thread = page.Locator("#thread");
        await Assertions.Expect(thread.GetByText(text)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Message sent.")).ToBeVisibleAsync();
        await AccessibleAsync(page);
        await Screenshots.TakeAsync(page, phone ? "quote-thread-phone" : "quote-thread");
        var download = await page.RunAndWaitForDownloadAsync(() => thread.GetByRole(AriaRole.Link, new() { Name = "row-c.pdf" }).Last.ClickAsync());
        Assert.Equal("row-c.pdf", download.SuggestedFilename);

        var sales = await portal.NewPageAsync(phone);
        await sales.SignInAsync("sales@northwind.example");
        await sales.GotoAsync(page.Url.Replace("/Customer/", "/Staff/", StringComparison.Ordinal).Split('#')[0]);
        await Assertions.Expect(sales.Locator("#thread").GetByText(text)).ToBeVisibleAsync();
        await AccessibleAsync(sales);
    }
}
