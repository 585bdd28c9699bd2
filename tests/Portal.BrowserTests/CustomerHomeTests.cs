using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>A demo buyer signs in, finds the quote to accept on its to-do home, with its countdown, and reaches it in one click.</summary>
public sealed partial class CustomerHomeTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheToDoHomeLeadsToTheQuoteToAcceptAndIsAccessible(bool phone)
    {
        TestEnvironment.Require(portal.IsAvailable, $"Chromium ({TestEnvironment.Chromium})");
        var page = await portal.NewPageAsync(phone);
        await page.SignInAsync("buyer@helios.example");

        await page.GotoAsync("/");
        var todo = page.GetByRole(AriaRole.Region, new() { Name = "To do" });
        await Assertions.Expect(todo).ToBeVisibleAsync();
        var toAccept = todo.GetByRole(AriaRole.Link, new() { NameRegex = AcceptLink() }).First;
        await Assertions.Expect(toAccept).ToBeVisibleAsync();
        await Assertions.Expect(todo.GetByText(LeftText()).First).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The home scrolls sideways.");
        await Screenshots.TakeAsync(page, phone ? "customer-home-phone" : "customer-home");
        var number = AcceptLink().Match(await toAccept.InnerTextAsync()).Groups["number"].Value;

        await toAccept.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/Customer/Quotes/Details/\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
    }

    [GeneratedRegex(@"^Accept or decline quote (?<number>\S+)$")]
    private static partial Regex AcceptLink();

    [GeneratedRegex(@"left$")]
    private static partial Regex LeftText();
}
