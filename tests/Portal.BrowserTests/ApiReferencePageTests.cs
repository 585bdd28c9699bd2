using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A procurement engineer opens the API reference: every operation, drawn from the OpenAPI document, with its example call and answers.</summary>
public sealed class ApiReferencePageTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheReferenceShowsEveryOperationWithItsExample(bool phone)
    {
        var page = await portal.NewPageAsync(phone);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };

        await page.GotoAsync("/developers/api");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portal API", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.card")).ToHaveCountAsync(20);
        await page.GetByRole(AriaRole.Link, new() { Name = "POST /api/v1/quotes", Exact = true }).ClickAsync();
        var makeQuote = page.Locator("#post--api-v1-quotes");
        await Assertions.Expect(makeQuote).ToBeInViewportAsync();
        await Assertions.Expect(makeQuote.GetByText("Phase 2 of the Ashburn cluster.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(makeQuote.GetByRole(AriaRole.Cell, new() { Name = "201" })).ToBeVisibleAsync();

        Assert.Empty(problems);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(page, phone ? "api-reference-phone" : "api-reference");
    }
}
