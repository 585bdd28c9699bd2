using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Each role's home page and the catalog pass axe-core with no serious or critical violations, at desktop width and,
/// for some, at phone width, where nothing may stick out sideways (wide tables scroll inside their own box).
/// </summary>
public sealed class AccessibilityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    public static TheoryData<string?, string, bool> Pages => new()
    {
        { null, "/", false },
        { null, "/catalog", false },
        { null, "/catalog/TRN3-RACK-48U", false },
        { null, "/Account/Register", true },
        { "buyer@helios.example", "/Customer", false },
        { "buyer@helios.example", "/Customer/Sites", true },
        { "sales@northwind.example", "/Staff", false },
        { "admin@northwind.example", "/Staff", false },
        { "admin@northwind.example", "/Staff/Organizations", true },
        { "admin@northwind.example", "/Admin/Products/Edit/TRN3-RACK-48U", false },
        { "admin@northwind.example", "/Admin/DestinationRules?Check.Country=AE&Check.Classification=4A090.a", false },
        { "admin@northwind.example", "/Admin/DestinationRules", true },
        { "compliance@northwind.example", "/Compliance/Screenings", false },
        { "admin@northwind.example", "/Compliance/Screenings", true },
        { "compliance@northwind.example", "/Compliance/ExportHolds", true },
        { "compliance@northwind.example", "/Compliance/Report", false },
        { "buyer@helios.example", "/Customer/ApiKeys", true },
        { "admin@northwind.example", "/Admin/ApiKeys", false },
        { "buyer@helios.example", "/Customer/Webhooks", false },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task ThePageHasNoSeriousOrCriticalViolations(string? user, string path, bool phone)
    {
        var page = await portal.NewPageAsync(phone);
        if (user is not null)
        {
            await page.SignInAsync(user);
        }
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        var result = await page.RunAxe();

        var name = $"axe-{(user ?? "anonymous").Split('@')[0]}-{path.Trim('/').Replace('/', '-')}{(phone ? "-phone" : "")}";
        await Screenshots.TakeAsync(page, name.Replace("--", "-", StringComparison.Ordinal));
        if (phone)
        {
            var overflow = await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-responsive')).map(e => e.tagName + '.' + e.className).join(', ')");
            Assert.True(overflow.Length == 0, $"{path} is wider than a phone: {overflow}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
                $"{path} scrolls sideways on a phone.");
        }
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
