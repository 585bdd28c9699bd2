using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Quotes;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Auditing;

/// <summary>
/// The admin's audit log and a quote's timeline say what happened in words, the same words the status has on every page:
/// a quote held for an export licence reads "Held for an export licence" and "Export licence pending", never its code.
/// </summary>
public abstract class AuditWordsTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    /// <summary>Helios's site in a country that needs an export licence, added through its own Sites page once.</summary>
    private async Task SiteAsync(string name)
    {
        using var buyer = await Factory.SignedInAsync("buyer@helios.example");
        if ((await buyer.GetAsync("/Customer/Sites")).Body.Contains(name, StringComparison.Ordinal))
        {
            return;
        }
        var added = await buyer.SubmitAsync("/Customer/Sites/Create", new Dictionary<string, string>
        {
            ["Name"] = name, ["City"] = "Somewhere", ["CountryCode"] = "AE", ["PowerAvailableKw"] = "9000", ["Cooling"] = "Liquid",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
    }

    [SkippableFact]
    public async Task AQuoteHeldForALicenceReadsInWordsInTheAuditLogAndOnItsTimeline()
    {
        await SiteAsync("Audit Words DC");
        using var sales = await Factory.SignedInAsync("sales@northwind.example");
        using var admin = await Factory.SignedInAsync("admin@northwind.example");
        using var buyer = await Factory.SignedInAsync("buyer@helios.example");
        var id = await new QuoteBuilder(Factory, "Helios AI Labs").AtSite("Audit Words DC").WithTrainium2Racks(1).ClaimedBy("sales@northwind.example").SubmitAsync();
        await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");

        var log = await admin.GetAsync("/Admin/Audit");
        var held = log.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains($"Quote {id}", StringComparison.Ordinal)
            && r.TextContent.Contains(QuoteAudit.HeldForLicence.Label, StringComparison.Ordinal));
        var timeline = (await buyer.GetAsync($"/Customer/Quotes/Details/{id}")).Text("#timeline-heading + ol");
        var staffTimeline = (await sales.GetAsync($"/Staff/Quotes/Details/{id}")).Text("#timeline-heading + ol");

        Assert.Equal(QuoteStatus.ComplianceHold, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Status).SingleAsync()));
        Assert.Contains("Export licence pending", held.TextContent);
        Assert.DoesNotContain("ComplianceHold", log.Text("main"));
        Assert.DoesNotContain("InReview", log.Text("main"));
        Assert.Contains($"{QuoteAudit.HeldForLicence.Label} by", timeline);
        Assert.Contains("(In review)", timeline);
        Assert.Contains("(Export licence pending)", staffTimeline);
        Assert.DoesNotContain("ComplianceHold", timeline + staffTimeline);
        Assert.DoesNotContain("InReview", timeline + staffTimeline);
    }
}

public sealed class AuditWordsOnSqlite(SqlitePortal portal) : AuditWordsTests(portal), IClassFixture<SqlitePortal>;

public sealed class AuditWordsOnPostgreSql(PostgresPortal portal) : AuditWordsTests(portal), IClassFixture<PostgresPortal>;
