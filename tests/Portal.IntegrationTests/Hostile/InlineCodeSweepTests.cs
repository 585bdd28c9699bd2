using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Our Content-Security-Policy allows scripts and styles from the portal's own files only (see WebShellTests): every
/// page each visitor can reach must work without inline code, or its browser would silently drop that code.
/// </summary>
public sealed class InlineCodeSweepTests(SqlitePortal portal, ITestOutputHelper output) : IClassFixture<SqlitePortal>
{
    /// <summary>Up to every product's page: pages of one shape differ with their record (a waitlist, an offer), and reading is cheap.</summary>
    private const int PagesPerShape = 25;

    [SkippableFact]
    public async Task NoPageRendersInlineScriptOrStyle()
    {
        var findings = new List<string>();
        var pages = 0;
        foreach (var visitor in Visitor.All)
        {
            using var client = await visitor.ClientAsync(portal.Factory);
            var crawl = await new SiteCrawler(client, samplesPerShape: PagesPerShape).CrawlAsync(visitor.StartPages);
            pages += crawl.Pages.Count;
            output.WriteLine($"{visitor}: {crawl.Pages.Count} pages checked, {crawl.Downloads.Count} downloads fetched, {crawl.Forms.Count} forms seen.");
            findings.AddRange(crawl.Pages.SelectMany(p => InlineCode.In(p.Document).Select(f => $"{visitor} {p.Url}: {f}")));
        }
        output.WriteLine($"{pages} pages checked in all.");

        Assert.True(pages > 30, $"Only {pages} pages were crawled: the crawler is not finding the portal's links.");
        Assert.True(findings.Count == 0, "Inline code that the Content-Security-Policy blocks:" + Environment.NewLine
            + string.Join(Environment.NewLine, findings.Distinct()));
    }
}
