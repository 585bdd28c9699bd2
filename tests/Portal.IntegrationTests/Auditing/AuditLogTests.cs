using System.Net;
using AngleSharp.Html.Dom;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Auditing;

/// <summary>
/// The admin's audit log filters on every kind of thing it holds rows about, named in words, and each row about a
/// thing that has a page (a quote, a deposit, a company) leads there.
/// </summary>
public abstract class AuditLogTests(PortalFixture portal)
{
    private const string Admin = "admin@northwind.example";

    [SkippableFact]
    public async Task TheFilterOffersEveryKindTheLogHoldsInWords()
    {
        using var admin = await portal.Factory.SignedInAsync(Admin);

        var log = await admin.GetAsync("/Admin/Audit");

        var options = log.Document.QuerySelectorAll("select#entityType option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Contains(("Quote", "Quote"), options);
        Assert.Contains(("Deposit", "Deposit"), options);
        Assert.Contains(("WaitlistEntry", "Waitlist entry"), options);
        Assert.Contains(("Organization", "Organization"), options);
    }

    [SkippableTheory]
    [InlineData("Quote", "/Staff/Quotes/Details/")]
    [InlineData("Deposit", "/Staff/Deposits/Details/")]
    [InlineData("Organization", "/Staff/Organizations/Details/")]
    [InlineData("StandardConfiguration", "/Admin/StandardConfigurations/Edit/")]
    public async Task EachRowAboutAThingWithAPageLeadsToIt(string entityType, string page)
    {
        using var admin = await portal.Factory.SignedInAsync(Admin);

        var log = await admin.GetAsync($"/Admin/Audit?entityType={entityType}");

        // Every link leads to its page and answers; a quote that never reached the vendor (a draft) is no link.
        var links = Rows(log).Select(EntityLink).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(page, link));
        foreach (var link in links)
        {
            Assert.True((await admin.GetAsync(link)).Status == HttpStatusCode.OK, $"{link} does not answer.");
        }
    }

    [SkippableFact]
    public async Task ARowAboutAThingWithoutAPageIsNotALink()
    {
        using var admin = await portal.Factory.SignedInAsync(Admin);

        var log = await admin.GetAsync("/Admin/Audit?entityType=WaitlistEntry");

        var rows = Rows(log);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Null(EntityLink(row)));
        Assert.All(rows, row => Assert.StartsWith("Waitlist entry ", row.Cells[2].TextContent.Trim()));
    }

    private static List<IHtmlTableRowElement> Rows(PortalClient.Page log) =>
        log.Document.QuerySelectorAll("tbody tr").OfType<IHtmlTableRowElement>().ToList();

    private static string? EntityLink(IHtmlTableRowElement row) => row.Cells[2].QuerySelector("a")?.GetAttribute("href");
}

public sealed class AuditLogOnSqlite(SqlitePortal portal) : AuditLogTests(portal), IClassFixture<SqlitePortal>;

public sealed class AuditLogOnPostgreSql(PostgresPortal portal) : AuditLogTests(portal), IClassFixture<PostgresPortal>;
