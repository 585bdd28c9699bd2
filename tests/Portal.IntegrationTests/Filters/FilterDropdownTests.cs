using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Filters;

/// <summary>
/// A list's filter dropdowns offer the page's own first option, then the values in their order, with the filter asked for
/// selected (and none when nothing is asked for).
/// </summary>
public sealed class FilterDropdownTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private sealed record Option(string Value, string Text, bool Selected);

    [Fact]
    public async Task TheReviewQueueKeepsItsStatusFamilyAndAgeSelected()
    {
        using var sales = await SignedInAsync("sales@northwind.example");

        var queue = await sales.GetAsync("/Staff/Quotes?status=All&family=Storage&age=OverTarget");

        var statuses = Options(queue, "status");
        Assert.Equal(["", "All", .. Enum.GetNames<QuoteStatus>().Where(name => name != nameof(QuoteStatus.Draft))], statuses.Select(o => o.Value));
        Assert.Equal(("Open: submitted or in review", "All"), (statuses[0].Text, statuses[1].Text));
        Assert.Equal("All", Selected(statuses));
        var families = Options(queue, "family");
        Assert.Equal(["", .. Enum.GetNames<ProductFamily>()], families.Select(o => o.Value));
        Assert.Equal(new Option("Storage", "Storage", true), families.Single(o => o.Selected));
        Assert.Equal(
            [new Option("", "Any time", false), new Option("OverOneDay", "Over 1 business day", false), new Option("OverTarget", "Past the target", true)],
            Options(queue, "age"));

        var oneStatus = await sales.GetAsync("/Staff/Quotes?status=Submitted");
        Assert.Equal("Submitted", Selected(Options(oneStatus, "status")));
        Assert.DoesNotContain(Options(oneStatus, "family"), o => o.Selected);
    }

    [Fact]
    public async Task DepositsAndOrganizationsKeepTheirFilterSelected()
    {
        using var sales = await SignedInAsync("sales@northwind.example");

        var deposits = Options(await sales.GetAsync("/Staff/Deposits?state=Paid"), "state");
        Assert.Equal(["", .. Enum.GetNames<DepositState>()], deposits.Select(o => o.Value));
        Assert.Equal("All", deposits[0].Text);
        Assert.Equal("Paid", Selected(deposits));
        Assert.DoesNotContain(Options(await sales.GetAsync("/Staff/Deposits"), "state"), o => o.Selected);

        var organizations = Options(await sales.GetAsync("/Staff/Organizations?status=Suspended"), "status");
        Assert.Equal(
            [new Option("", "All", false), .. Enum.GetNames<OrganizationStatus>().Select(name => new Option(name, name, name == "Suspended"))],
            organizations);
    }

    [Fact]
    public async Task MyQuotesKeepsItsStatusSelected()
    {
        using var buyer = await SignedInAsync("buyer@fjord.example");

        var statuses = Options(await buyer.GetAsync("/Customer/Quotes?status=Draft"), "status");

        Assert.Equal(["", .. Enum.GetNames<QuoteStatus>()], statuses.Select(o => o.Value));
        Assert.Equal("Any", statuses[0].Text);
        Assert.Equal("Draft", Selected(statuses));
    }

    [Fact]
    public async Task TheAuditLogKeepsItsEntitySelected()
    {
        using var admin = await SignedInAsync("admin@northwind.example");

        var entities = Options(await admin.GetAsync("/Admin/Audit?entityType=Quote"), "entityType");

        // Every kind the demo's log holds, in words.
        Assert.Equal(
            [new Option("", "All", false), new Option("Deposit", "Deposit", false), new Option("Organization", "Organization", false), new Option("Quote", "Quote", true),
                new Option("StandardConfiguration", "Standard configuration", false), new Option("WaitlistEntry", "Waitlist entry", false)],
            entities);
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    private static List<Option> Options(PortalClient.Page page, string select) =>
        page.Document.QuerySelectorAll($"select#{select} option")
            .Select(option => new Option(option.GetAttribute("value") ?? "", option.TextContent, option.HasAttribute("selected")))
            .ToList();

    private static string Selected(List<Option> options) => options.Single(o => o.Selected).Value;
}
