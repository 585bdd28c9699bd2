using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Application.Accounts.SetCompanyRoles;
using Portal.Application.Common;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>
/// A company's administrator on the Colleagues page: gives a colleague roles and an approval limit, and is told clearly
/// why the company's last administrator keeps the role; the page is accessible at desktop and at phone width.
/// </summary>
public sealed class ColleaguesPageTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task TheAdministratorGivesAColleagueRolesAndALimitAndCannotDropTheLastAdministrator()
    {
        TestEnvironment.Require(portal.IsAvailable, $"Chromium ({TestEnvironment.Chromium})");
        var administrator = await Customers.AddAsync(portal.Factory, $"team{Guid.NewGuid():N}"[..10]);
        var colleague = await Customers.AddColleagueAsync(portal.Factory, administrator, CompanyRoles.Requester);
        var shots = new ScreenshotSeries("colleagues");
        var page = await portal.NewPageAsync();
        await page.SignInAsync(administrator);
        await page.GotoAsync("/Customer/Colleagues");
        await AssertAccessibleAsync(page);
        await shots.TakeAsync(page, "desktop");

        var colleaguesRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = colleague });
        await colleaguesRow.GetByLabel("Approver").CheckAsync();
        await colleaguesRow.GetByLabel("Finance").CheckAsync();
        await colleaguesRow.GetByLabel("Approval limit").FillAsync("250000");
        await colleaguesRow.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Roles saved.")).ToBeVisibleAsync();
        await Assertions.Expect(colleaguesRow.GetByLabel("Approver")).ToBeCheckedAsync();
        await Assertions.Expect(colleaguesRow.GetByLabel("Approval limit")).ToHaveValueAsync(new Regex(@"^250000(\.00)?$"));
        await shots.TakeAsync(page, "roles-given");

        var administratorsRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = administrator });
        await administratorsRow.GetByLabel("Administrator").UncheckAsync();
        await administratorsRow.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = SetCompanyRolesHandler.LastAdministrator })).ToBeVisibleAsync();
        await Assertions.Expect(administratorsRow.GetByLabel("Administrator")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);
        await shots.TakeAsync(page, "last-administrator-kept");

        var phone = await portal.NewPageAsync(phone: true);
        await phone.SignInAsync(administrator);
        await phone.GotoAsync("/Customer/Colleagues");
        await AssertAccessibleAsync(phone);
        var colleagues = phone.GetByRole(AriaRole.Region, new() { Name = "Colleagues" });
        Assert.True(await colleagues.EvaluateAsync<bool>("region => region.scrollWidth <= region.clientWidth + 1"),
            "At phone width the colleagues' role forms scroll sideways inside the table.");
        await Assertions.Expect(phone.GetByRole(AriaRole.Row).Filter(new() { HasText = colleague }).GetByRole(AriaRole.Button, new() { Name = "Save roles" })).ToBeInViewportAsync();
        await shots.TakeAsync(phone, "phone");

        Assert.Equal((CompanyRoles.Requester | CompanyRoles.Approver | CompanyRoles.Finance, 25_000_000L), await RolesAsync(colleague));
        Assert.Equal((CompanyRoles.All, (long?)null), await RolesAsync(administrator));
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        var tooWide = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(tooWide, $"{page.Url} is wider than the window.");
    }

    private Task<(CompanyRoles, long?)> RolesAsync(string email) =>
        portal.Factory.QueryAsync(async db => await db.Users.Where(u => u.Email == email)
            .Select(u => new ValueTuple<CompanyRoles, long?>(u.CompanyRoles, u.ApprovalLimitMinorUnits)).SingleAsync());
}
