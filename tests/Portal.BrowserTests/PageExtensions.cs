using Microsoft.Playwright;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

public static class PageExtensions
{
    public static async Task SignInAsync(this IPage page, string email, string password = PortalFactory.DemoPassword)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in, every page has "Sign out" (in the collapsed menu on a phone); refused, the form says why.
        var signedIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign out", IncludeHidden = true });
        var refused = page.Locator(".validation-summary-errors");
        await Assertions.Expect(signedIn.Or(refused)).ToBeAttachedAsync(new() { Timeout = 15_000 });
        if (await refused.CountAsync() > 0)
        {
            Assert.Fail($"Signing in as {email} was refused: {await refused.InnerTextAsync()}");
        }
    }

    /// <summary>
    /// Clicks the page's "Download PDF" link and keeps the file as the artifact <paramref name="name"/>, checked with qpdf
    /// (<see cref="PdfArtifacts"/>); answers the file name the portal gave it and the words of all its pages.
    /// </summary>
    public static async Task<(string FileName, string Text)> DownloadPdfAsync(this IPage page, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var path = Path.Combine(TestEnvironment.Artifacts, "pdf", name + ".pdf");
        await download.SaveAsAsync(path);
        using var pdf = PdfArtifacts.Check(await File.ReadAllBytesAsync(path), name);
        return (download.SuggestedFilename, string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }
}
