using System.Net;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>A file the crawler fetched but did not read as a page: a PDF, a CSV export.</summary>
public sealed record Download(string Url, HttpStatusCode Status, string? ContentType);

/// <summary>What one visitor's crawl found: the pages, the downloads, and the forms on the pages.</summary>
public sealed partial class Crawl
{
    public List<PortalClient.Page> Pages { get; } = [];

    public List<Download> Downloads { get; } = [];

    public List<CrawledForm> Forms { get; } = [];

    public int Requests => Pages.Count + Downloads.Count;

    /// <summary>Every address visited, with its answer.</summary>
    public IEnumerable<(string Url, HttpStatusCode Status)> Answers =>
        Pages.Select(p => (p.Url, p.Status)).Concat(Downloads.Select(d => (d.Url, d.Status)));

    /// <summary>Every answer of 500 or more, as "GET url: status".</summary>
    public IEnumerable<string> ServerErrors => Failed(minimum: 500);

    /// <summary>Every answer that is neither a success nor a redirect (a 404, a 403, a 500), as "GET url: status".</summary>
    public IEnumerable<string> Broken => Failed(minimum: 400);

    /// <summary>
    /// Every address that sent the visitor to the page that refuses their role (it answers 200, so it is no
    /// <see cref="Broken"/> answer): a link or form offering a step the visitor may not take, as "GET url: refused".
    /// </summary>
    public IEnumerable<string> Refused =>
        Pages.Where(p => p.Location?.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) == true).Select(p => $"GET {p.Url}: refused");

    /// <summary>Every page whose text shows an exception's name or a stack frame, as "GET url: what it shows".</summary>
    public IEnumerable<string> StackTraces =>
        Pages.Select(p => (p.Url, Match: StackTrace().Match(p.Document.Body?.TextContent ?? p.Body)))
            .Where(p => p.Match.Success)
            .Select(p => $"GET {p.Url}: {p.Match.Value.Trim()}");

    private IEnumerable<string> Failed(int minimum) =>
        Answers.Where(a => (int)a.Status >= minimum).Select(a => $"GET {a.Url}: {(int)a.Status}");

    /// <summary>A .NET exception's type name (InvalidOperationException) or a stack frame ("at Portal.Web.X.Y(").</summary>
    [GeneratedRegex(@"\b(?:\w+\.)*[A-Z]\w*Exception\b|\bat (?:\w+\.)+\w+[(`]")]
    private static partial Regex StackTrace();
}
