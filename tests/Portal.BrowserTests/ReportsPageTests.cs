using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>An admin opens the sales dashboard on the demo data, at desktop and phone width, and narrows it to a family.</summary>
public sealed class ReportsPageTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheDashboardShowsTheDemoFiguresAndIsAccessible(bool phone)
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
        await page.SignInAsync("admin@northwind.example");

        await page.GotoAsync("/Staff/Reports");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pipeline" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Deposit paid" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Helios AI Labs" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Bar chart of the pipeline's value by status; the same figures are in the table below." })).ToBeVisibleAsync();
        // Chart.js drew on each canvas (its width follows the card), and nothing was refused by the Content-Security-Policy.
        Assert.True(await page.Locator("canvas[data-chart]").First.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined && c.width > 0"));
        Assert.Empty(problems);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(page, phone ? "reports-phone" : "reports");

        await page.GetByLabel("Product family").SelectOptionAsync("Service");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("with a Services line", new() { Exact = false })).ToBeVisibleAsync();
    }
}
