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
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
