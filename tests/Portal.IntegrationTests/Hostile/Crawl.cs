using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>A file the crawler fetched but did not read as a page: a PDF, a CSV export.</summary>
public sealed record Download(string Url, HttpStatusCode Status, string? ContentType);

/// <summary>What one visitor's crawl found: the pages, the downloads, and the forms on the pages.</summary>
public sealed class Crawl
{
    public List<PortalClient.Page> Pages { get; } = [];

    public List<Download> Downloads { get; } = [];

    public List<CrawledForm> Forms { get; } = [];

    public int Requests => Pages.Count + Downloads.Count;

    /// <summary>Every answer of 500 or more, as "GET url: status".</summary>
    public IEnumerable<string> ServerErrors =>
        Pages.Select(p => (p.Url, p.Status)).Concat(Downloads.Select(d => (d.Url, d.Status)))
            .Where(a => (int)a.Status >= 500)
            .Select(a => $"GET {a.Url}: {(int)a.Status}");
}
