using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>Finds, as the signed-in buyer, a page that is rendered on every request: the edit form of one of its sites.</summary>
internal static partial class CustomerPages
{
    public static async Task<string> SiteEditPathAsync(Uri baseAddress, CookieContainer session, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = session, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var sites = await browser.GetStringAsync("/Customer/Sites", cancellationToken);
        var link = EditLink().Match(sites);
        return link.Success ? link.Value : throw new BenchmarkFailedException("The demo buyer's sites page links to no site.");
    }

    [GeneratedRegex("/Customer/Sites/Edit/[0-9]+")]
    private static partial Regex EditLink();
}
