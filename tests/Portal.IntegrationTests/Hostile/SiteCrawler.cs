using System.Net.Mime;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Visits every page a client can reach from its start pages, breadth first: each same-origin link, redirect and GET
/// form (submitted as it came). Addresses of one <see cref="RouteShape"/> are visited a few times at most, sign-out
/// is never followed, and files that are not HTML are fetched once but not read.
/// </summary>
public sealed class SiteCrawler(PortalClient client, int maxRequests = 400, int samplesPerShape = 3)
{
    private readonly SameOrigin _origin = new(client.Http.BaseAddress!);
    private readonly Queue<string> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _samples = new(StringComparer.Ordinal);

    public async Task<Crawl> CrawlAsync(params string[] startUrls)
    {
        var crawl = new Crawl();
        foreach (var url in startUrls)
        {
            Enqueue(url);
        }
        while (_queue.Count > 0 && crawl.Requests < maxRequests)
        {
            await VisitAsync(_queue.Dequeue(), crawl);
        }
        return crawl;
    }

    private async Task VisitAsync(string url, Crawl crawl)
    {
        using var response = await client.Http.GetAsync(url);
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is not null && type != MediaTypeNames.Text.Html)
        {
            crawl.Downloads.Add(new Download(url, response.StatusCode, type));
            return;
        }
        var page = await PortalClient.Page.ReadAsync(response);
        crawl.Pages.Add(page);
        Enqueue(_origin.Resolve(url, page.Location));
        foreach (var link in page.Document.QuerySelectorAll("a[href]"))
        {
            Enqueue(_origin.Resolve(url, link.GetAttribute("href")));
        }
        foreach (var form in FormReader.Read(page, _origin))
        {
            crawl.Forms.Add(form);
            if (!form.IsPost)
            {
                Enqueue(CrawledForm.WithQuery(form.Action, form.Submission));
            }
        }
    }

    private void Enqueue(string? url)
    {
        if (url is null || url.Contains("logout", StringComparison.OrdinalIgnoreCase) || !_seen.Add(url))
        {
            return;
        }
        var shape = RouteShape.Of(url);
        var samples = _samples.GetValueOrDefault(shape);
        if (samples < samplesPerShape)
        {
            _samples[shape] = samples + 1;
            _queue.Enqueue(url);
        }
    }
}
