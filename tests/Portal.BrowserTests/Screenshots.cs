using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>Keeps full-page screenshots as test artifacts (PORTAL_TEST_ARTIFACTS, or artifacts/ beside the tests).</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
