using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>Reads, as the signed-in buyer, what the measured requests need: a site's edit page and a configurator form.</summary>
internal static partial class CustomerPages
{
    /// <summary>A page rendered on every request: the edit form of one of the buyer's sites.</summary>
    public static async Task<string> SiteEditPathAsync(Uri baseAddress, CookieContainer session, CancellationToken cancellationToken)
    {
        var sites = await GetAsync(baseAddress, session, "/Customer/Sites", cancellationToken);
        var link = EditLink().Match(sites);
        return link.Success ? link.Value : throw new BenchmarkFailedException("The demo buyer's sites page links to no site.");
    }

    /// <summary>A valid Trainium3 configuration for the live feedback: eight sleds, a switch and a coolant unit.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ConfigurationFormAsync(Uri baseAddress, CookieContainer session,
        CancellationToken cancellationToken)
    {
        var page = await GetAsync(baseAddress, session, "/Customer/Configurator", cancellationToken);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["RackSku"] = "TRN3-RACK-48U",
            ["RackCount"] = "4",
            ["Components[0].Sku"] = "TRN3-SLED-8",
            ["Components[0].Quantity"] = "8",
            ["Components[1].Sku"] = "EFA-SW-51T",
            ["Components[1].Quantity"] = "1",
            ["Components[2].Sku"] = "CDU-LIQ-150KW",
            ["Components[2].Quantity"] = "1",
        };
    }

    private static async Task<string> GetAsync(Uri baseAddress, CookieContainer session, string path, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = session, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        return await browser.GetStringAsync(path, cancellationToken);
    }

    [GeneratedRegex("/Customer/Sites/Edit/[0-9]+")]
    private static partial Regex EditLink();
}
