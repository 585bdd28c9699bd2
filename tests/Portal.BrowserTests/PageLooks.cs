using Portal.IntegrationTests.Hostile;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>
/// The pages of the crawls that look different from each other: an address shape (<see cref="RouteShape"/>) with the
/// set of classes its page uses. A held quote's badge, a priced quote's discount line or an alert brings classes of its
/// own, so each state a page can be in is kept once, and the hundredth product page that looks like the first, or
/// the catalog as the eighth visitor sees it, is not.
/// </summary>
public sealed class PageLooks
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>The addresses of the crawl's pages whose look no earlier crawl had.</summary>
    public IReadOnlyList<string> NewIn(Crawl crawl) =>
        crawl.Pages.Where(p => p.Status == System.Net.HttpStatusCode.OK && _seen.Add(Look(p))).Select(p => p.Url).ToList();

    private static string Look(PortalClient.Page page) =>
        RouteShape.Of(page.Url) + " " + string.Join(' ', page.Document.QuerySelectorAll("[class]")
            .SelectMany(e => e.ClassList).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
