using System.Collections.Concurrent;
using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.IntegrationTests.Hostile;
using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.BrowserTests;

/// <summary>
/// Every page the demo reaches, as anonymous and as each demo sign-in, passes axe-core with no serious or critical
/// violations at desktop and at phone width, and no page is wider than a phone (wide tables scroll inside their own
/// box). The pages are found by following links (<see cref="SiteCrawler"/>), and each look of a page
/// (<see cref="PageLooks"/>) is opened in Chromium once, by the first visitor who reaches it.
/// </summary>
public sealed class AccessibilityTests(BrowserPortal portal, ITestOutputHelper output) : IClassFixture<BrowserPortal>
{
    private const int PagesPerShape = 25;

    /// <summary>Visitors checked at the same time, each in a browser of its own.</summary>
    private const int Browsers = 3;

    /// <summary>
    /// axe-core reports the violations alone: listing every rule that passed would double its time. It stays out of
    /// frames: the only ones are the outbox's previews of mails, sandboxed so that no script runs in them, where axe
    /// cannot answer and each page would wait a minute for it (the mails' own HTML is tested where it is written).
    /// </summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations], Iframes = false };

    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Elements that stick out past the viewport's right edge, outside a box that scrolls them.</summary>
    private const string SticksOut =
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-responsive'))"
        + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')).join(', ')";

    [SkippableFact]
    public async Task EveryPageTheDemoReachesIsAccessibleAtDesktopAndPhoneWidth()
    {
        TestEnvironment.Require(portal.IsAvailable, $"Chromium ({TestEnvironment.Chromium})");
        var clock = Stopwatch.StartNew();
        var looks = new PageLooks();
        var rounds = new List<(Visitor Visitor, IReadOnlyList<string> Urls)>();
        foreach (var visitor in Visitor.EveryDemoRole)
        {
            using var client = PortalClient.Over(new Uri(portal.BaseUrl));
            await visitor.SignInAsync(client);
            rounds.Add((visitor, looks.NewIn(await new SiteCrawler(client, samplesPerShape: PagesPerShape).CrawlAsync(visitor.StartPages))));
        }
        output.WriteLine($"Crawled in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", rounds.Select(r => $"{r.Visitor} {r.Urls.Count}"))} pages of a look of their own.");

        var findings = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(rounds, new ParallelOptions { MaxDegreeOfParallelism = Browsers }, async (round, _) =>
        {
            foreach (var finding in await CheckAsync(round.Visitor, round.Urls))
            {
                findings.Add(finding);
            }
        });
        var pages = rounds.Sum(r => r.Urls.Count);
        output.WriteLine($"{pages} pages checked at two widths in {clock.Elapsed.TotalSeconds:F1} s.");

        Assert.True(pages > 100, $"Only {pages} pages were reached: the crawler is not finding the portal's links.");
        Assert.True(findings.IsEmpty, $"{findings.Count} findings:{Environment.NewLine}{string.Join(Environment.NewLine, findings.Order(StringComparer.Ordinal))}");
    }

    private async Task<List<string>> CheckAsync(Visitor visitor, IReadOnlyList<string> urls)
    {
        var page = await portal.NewPageAsync();
        if (visitor.Email is { } email)
        {
            await page.SignInAsync(email);
        }
        var findings = new List<string>();
        foreach (var url in urls)
        {
            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
            await page.GotoAsync(url);
            findings.AddRange(await ViolationsAsync(page, $"{visitor} {url} (desktop)"));
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            findings.AddRange(await ViolationsAsync(page, $"{visitor} {url} (phone)"));
            if (!await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"))
            {
                findings.Add($"{visitor} {url} (phone): the page scrolls sideways; sticking out: {await page.EvaluateAsync<string>(SticksOut)}");
            }
        }
        await page.Context.CloseAsync();
        return findings;
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{where}: {Describe(v)}");
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id} at {string.Join("; ", violation.Nodes.Select(n => $"{n.Target} ({string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}";
}
