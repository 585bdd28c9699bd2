using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>The portal on a real Kestrel port with its own SQLite database, and Debian's Chromium driven by Playwright.</summary>
public class BrowserPortal : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private PortalFactory? _factory;
    private IBrowser? _browser;

    /// <summary>The portal under test; like <see cref="Browser"/>, it skips the test when this machine lacks Chromium.</summary>
    public PortalFactory Factory
    {
        get
        {
            RequireChromium();
            return _factory ??= CreateFactory();
        }
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Chromium, started with the fixture; skips the test, with the reason, when this machine lacks it.</summary>
    public IBrowser Browser
    {
        get
        {
            RequireChromium();
            return _browser!;
        }
    }

    public bool IsAvailable => File.Exists(TestEnvironment.Chromium);

    private void RequireChromium() => TestEnvironment.Require(IsAvailable, $"Chromium ({TestEnvironment.Chromium})");

    /// <summary>The portal under test: the demo on SQLite, unless a fixture needs more (payments, say).</summary>
    protected virtual PortalFactory CreateFactory() => new(new SqliteTestDatabase());

    public virtual async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser profile (no cookies) at desktop or phone width, with or without script.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
