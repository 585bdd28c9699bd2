using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Email;

/// <summary>
/// The admin's Outbox shows each mail as its addressee sees it: the HTML part in a sandboxed frame, served with a policy
/// that runs no script and loads nothing; where replies go; the documents attached; and the plain text.
/// </summary>
public abstract class OutboxPageTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task AnAdminSeesTheMailInASandboxedFrameWithItsReplyToAndAttachment()
    {
        var quoteId = await DepositSteps.IssuedQuoteAsync(Factory, "buyer@helios.example", b => b.WithProduct("SVC-NEURON-ENG", 1));
        var number = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number!).SingleAsync());
        await Outbox.DrainAsync(Factory);
        using var admin = await Factory.SignedInAsync("admin@northwind.example");
        using var customer = await Factory.SignedInAsync("buyer@helios.example");

        var list = await admin.GetAsync("/Admin/Outbox");
        var show = await admin.GetAsync(list.Document.QuerySelectorAll("main a").Single(a => a.TextContent == $"Your quote {number} is ready").GetAttribute("href")!);
        var frame = show.Document.QuerySelector("main iframe")!;
        var source = frame.GetAttribute("src")!;
        var html = await admin.Http.GetAsync(source);
        var byCustomer = await customer.Http.GetAsync(source);
        var unknown = await admin.Http.GetAsync("/Admin/Outbox/Html/20990101T000000-000000000001");

        Assert.Equal("", frame.GetAttribute("sandbox"));
        Assert.Contains($"{number}-rev1.pdf (application/pdf,", show.Text("main"));
        Assert.Contains("sales@northwind.example", show.Text("main dd"));
        Assert.Contains($"Open {number} in the portal:", show.Text("main pre"));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(html.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script", policy);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains($"Open {number} in the portal</a>", body);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(HttpStatusCode.OK, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class OutboxPageOnSqlite(SqlitePortal portal) : OutboxPageTests(portal), IClassFixture<SqlitePortal>;

public sealed class OutboxPageOnPostgreSql(PostgresPortal portal) : OutboxPageTests(portal), IClassFixture<PostgresPortal>;
