using System.Diagnostics;
using System.Net;
using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Clicks through the demo as each of its sign-ins would: from the home page, every same-origin link, redirect and GET
/// form (submitted with what the page put in it) on every page reached, within a few hundred pages each. Every answer
/// is a success or a redirect, never a 404, a refusal of the visitor's role or a server failure, no page shows an
/// exception, and no post form offers a step the visitor's role may not take.
/// </summary>
public abstract class FollowedLinksTests(PortalFixture portal, ITestOutputHelper output)
{
    /// <summary>Pages of one shape differ with their record's state (a held quote, a paid one), and each link is cheap.</summary>
    private const int PagesPerShape = 25;

    [SkippableFact]
    public async Task EveryLinkAndGetFormOfEveryPageReachedAnswers()
    {
        var failures = new List<string>();
        var pages = 0;
        foreach (var visitor in Visitor.EveryDemoRole)
        {
            var clock = Stopwatch.StartNew();
            using var client = await visitor.ClientAsync(portal.Factory);
            var crawl = await new SiteCrawler(client, samplesPerShape: PagesPerShape).CrawlAsync(visitor.StartPages);
            pages += crawl.Pages.Count;
            failures.AddRange(crawl.Broken.Concat(crawl.Refused).Concat(crawl.StackTraces).Concat(await RefusedFormsAsync(client, crawl))
                .Select(f => $"{visitor} {f}"));
            output.WriteLine($"{visitor}: {crawl.Pages.Count} pages and {crawl.Downloads.Count} files in {clock.Elapsed.TotalSeconds:F1} s.");
        }

        Assert.True(pages > 100, $"Only {pages} pages were reached: the crawler is not finding the portal's links.");
        Assert.True(failures.Count == 0, $"{failures.Count} broken links:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>
    /// Every post form a page showed the visitor whose step their role may not take, as "POST url: refused". Each is
    /// posted without its antiforgery token: the role's refusal comes first, and a step the visitor may take answers
    /// 400, so nothing changes.
    /// </summary>
    private static async Task<List<string>> RefusedFormsAsync(PortalClient client, Crawl crawl)
    {
        var refused = new List<string>();
        foreach (var action in crawl.Forms.Where(f => f.IsPost).Select(f => f.Action).Distinct(StringComparer.Ordinal)
                     .Where(a => !a.Contains("logout", StringComparison.OrdinalIgnoreCase)))
        {
            using var response = await client.Http.PostAsync(action, new FormUrlEncodedContent([]));
            if (response.StatusCode == HttpStatusCode.Forbidden
                || response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) == true)
            {
                refused.Add($"POST {action}: refused");
            }
        }
        return refused;
    }
}

public sealed class FollowedLinksOnSqlite(SqlitePortal portal, ITestOutputHelper output)
    : FollowedLinksTests(portal, output), IClassFixture<SqlitePortal>;

public sealed class FollowedLinksOnPostgreSql(PostgresPortal portal, ITestOutputHelper output)
    : FollowedLinksTests(portal, output), IClassFixture<PostgresPortal>;
