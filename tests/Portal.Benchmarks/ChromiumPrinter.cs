using System.Net;
using Microsoft.Playwright;

namespace Portal.Benchmarks;

/// <summary>
/// Debian's headless Chromium, driven by Playwright, with a signed-in page open on each quote: printing one to PDF is
/// what the PDF benchmark compares our renderer with (warm browser, warm page).
/// </summary>
internal sealed class ChromiumPrinter : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly PagePdfOptions A4 = new() { Format = "A4", PrintBackground = true };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Dictionary<int, IPage> _pages = [];

    private ChromiumPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<ChromiumPrinter> StartAsync()
    {
        var executable = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new BenchmarkFailedException($"Chromium is not at {executable}: install Debian's chromium package or set PORTAL_CHROMIUM.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new ChromiumPrinter(playwright, browser);
    }

    /// <summary>Opens the quote's page in the portal with the session's cookies, and prints it once to warm it.</summary>
    public async Task OpenAsync(int quoteId, Uri portal, CookieContainer session)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.ToString() });
        await context.AddCookiesAsync(session.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = portal.Host, Path = c.Path, HttpOnly = c.HttpOnly, Secure = false,
        }));
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync($"/Customer/Quotes/Details/{quoteId}");
        if (response?.Status != 200 || !page.Url.Contains("/Customer/Quotes/Details/", StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"The quote's page answered {response?.Status} at {page.Url}.");
        }
        _pages[quoteId] = page;
        await PrintAsync(quoteId);
    }

    public Task<byte[]> PrintAsync(int quoteId) => _pages[quoteId].PdfAsync(A4);

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
