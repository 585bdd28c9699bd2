using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using UglyToad.PdfPig;

namespace Portal.IntegrationTests.Compliance;

/// <summary>
/// Quotes checked against the destination rules as they are submitted and issued: a prohibited destination stops them,
/// a licence required holds them for a compliance officer, and the issued revision keeps the evidence.
/// </summary>
public abstract class ExportHoldTests(PortalFixture portal)
{
    private Task<Quote> QuoteAsync(int id) => portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));

    /// <summary>Helios's site of that name, added through its own Sites page (and so screened), once.</summary>
    private async Task SiteAsync(string name, string country)
    {
        if (await portal.Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Name == name)))
        {
            return;
        }
        using var buyer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var added = await buyer.SubmitAsync("/Customer/Sites/Create", new Dictionary<string, string>
        {
            ["Name"] = name, ["City"] = "Somewhere", ["CountryCode"] = country, ["PowerAvailableKw"] = "9000", ["Cooling"] = "Liquid",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
    }

    private async Task<(int Id, PortalClient.Page Page)> ApprovedAsync(PortalClient sales, string site, string organization = "Helios AI Labs")
    {
        var id = await new QuoteBuilder(portal.Factory, organization).AtSite(site).WithTrainium2Racks(1).ClaimedBy("sales@northwind.example").SubmitAsync();
        var page = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        return (id, page);
    }

    private static async Task<PortalClient.Page> DecideAsync(PortalClient officer, string action, int id, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await officer.AntiforgeryTokenAsync("/Account/Login");
        return await officer.PostAsync($"/Compliance/ExportHolds/{action}/{id}", fields);
    }

    [SkippableFact]
    public async Task ALicenceRequiredHoldsTheQuoteUntilAnOfficerClearsItWithTheLicenceWhichTheIssuedPdfStates()
    {
        await SiteAsync("Dubai South DC", "AE");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var officer = await portal.Factory.SignedInAsync("compliance@northwind.example");
        var licence = $"D-{Guid.NewGuid():N}"[..14];
        var until = DateTime.UtcNow.Date.AddDays(200).ToString("yyyy-MM-dd");

        var (id, approved) = await ApprovedAsync(sales, "Dubai South DC");
        var held = await QuoteAsync(id);
        var queue = await officer.GetAsync("/Compliance/ExportHolds");
        var noLicence = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = "", ["licenceExpires"] = until });
        var expired = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = licence, ["licenceExpires"] = "2020-01-01" });
        var farAway = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = licence, ["licenceExpires"] = "9999-12-31" });
        var cleared = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = licence, ["licenceExpires"] = until });
        var issued = await QuoteAsync(id);
        var revision = await portal.Factory.QueryAsync(db => db.QuoteRevisions.SingleAsync(r => r.QuoteId == id));
        var again = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = licence, ["licenceExpires"] = until });

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(QuoteStatus.ComplianceHold, held.Status);
        Assert.Contains("4A090.a licence required (rule from 2026-07-01)", queue.Document.QuerySelectorAll("article").Single(a => a.TextContent.Contains(held.Number!)).TextContent);
        Assert.Contains("Licence number is required", noLicence.Text("[role=alert]"));
        Assert.Contains("a day after today", expired.Text("[role=alert]"));
        Assert.Contains("at most 10 years ahead", farAway.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.Redirect, cleared.Status);
        Assert.Equal((QuoteStatus.Issued, licence), (issued.Status, issued.ExportLicenceNumber));
        Assert.Contains($"Export licence {licence}", revision.ExportEvidence);
        Assert.Contains("Restricted-party screening: Helios AI Labs clear", revision.ExportEvidence);
        using var pdf = PdfDocument.Open(revision.Pdf);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Export compliance", text);
        Assert.Contains(licence, text);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        var customerPage = await (await portal.Factory.SignedInAsync("buyer@helios.example")).GetAsync($"/Customer/Quotes/Details/{id}");
        Assert.Contains($"Export licence {licence}", customerPage.Text(".export-evidence"));
    }

    [SkippableFact]
    public async Task ALicenceWithNeitherNumberNorDateIsRefusedWithBothMessagesAndTheQuoteStaysHeld()
    {
        await SiteAsync("Dubai South DC", "AE");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var officer = await portal.Factory.SignedInAsync("compliance@northwind.example");
        var (id, _) = await ApprovedAsync(sales, "Dubai South DC");

        var refused = await DecideAsync(officer, "Clear", id, new() { ["licenceNumber"] = " ", ["licenceExpires"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Licence number is required", refused.Text("[role=alert]"));
        Assert.Contains("must be a day after today", refused.Text("[role=alert]"));
        Assert.Equal(QuoteStatus.ComplianceHold, (await QuoteAsync(id)).Status);
    }

    [SkippableFact]
    public async Task AnOfficerMayRefuseAHeldQuoteWhichEndsRejectedWithTheReason()
    {
        await SiteAsync("Dubai South DC", "AE");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        using var officer = await portal.Factory.SignedInAsync("admin@northwind.example");
        var (id, _) = await ApprovedAsync(sales, "Dubai South DC");

        var withoutReason = await DecideAsync(officer, "Refuse", id, new() { ["reason"] = " " });
        var refused = await DecideAsync(officer, "Refuse", id, new() { ["reason"] = "The end user named in the licence application differs." });

        Assert.Contains("Say why", withoutReason.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Equal(QuoteStatus.Rejected, (await QuoteAsync(id)).Status);
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityType == "Quote" && e.EntityId == id.ToString() && e.Action == "ExportRefused"));
        Assert.Contains("end user", audit.Reason);
    }

    [SkippableFact]
    public async Task AnAllowedDestinationIsIssuedAtOnceWithTheRulesAndScreeningsAsEvidence()
    {
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");

        var (id, _) = await ApprovedAsync(sales, "Ashburn DC1");

        var revision = await portal.Factory.QueryAsync(db => db.QuoteRevisions.SingleAsync(r => r.QuoteId == id));
        Assert.Equal(QuoteStatus.Issued, (await QuoteAsync(id)).Status);
        Assert.Contains("destination US: ", revision.ExportEvidence);
        Assert.Contains("4A090.a allowed (rule from 2024-01-01)", revision.ExportEvidence);
        Assert.Contains("EAR99 allowed", revision.ExportEvidence);
        Assert.Contains("Ashburn DC1 clear", revision.ExportEvidence);
        Assert.Contains("list version 1", revision.ExportEvidence);
    }

    [SkippableFact]
    public async Task AProhibitedDestinationStopsTheSubmissionAndAnUnreviewedScreeningStopsTheIssue()
    {
        await SiteAsync("Minsk Hall", "BY");
        using var buyer = await portal.Factory.SignedInAsync("buyer@helios.example");
        using var sales = await portal.Factory.SignedInAsync("sales@northwind.example");
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == "Minsk Hall").Select(s => s.Id).SingleAsync());
        var draft = await buyer.SubmitAsync("/Customer/Configurator", new Dictionary<string, string>
        {
            ["RackSku"] = "TRN2-RACK-48U", ["SiteId"] = site.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Components[0].Sku"] = "TRN2-SRV-16", ["Components[0].Quantity"] = "2", ["Components[1].Sku"] = "EFA-SW-25T", ["Components[1].Quantity"] = "1",
        }, "/Customer/Configurator/AddToQuote");
        var id = int.Parse(draft.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await buyer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>
        {
            ["Draft.RequestedQuarter"] = Domain.Common.Quarter.Containing(DateTime.UtcNow).Plus(2).ToString(),
        }, $"/Customer/Quotes/Describe/{id}");

        var refused = await buyer.SubmitAsync($"/Customer/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{id}");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("cannot be shipped to Belarus", refused.Body);
        Assert.Equal(QuoteStatus.Draft, (await QuoteAsync(id)).Status);

        // Borealis is held for review: its accelerator quote is not issued, whoever approves it.
        var (held, page) = await ApprovedAsync(sales, "Jebel Ali DC", "Borealis Dynamics Trading LLC");
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("restricted-party screening that is not cleared", page.Body);
        Assert.Equal(QuoteStatus.InReview, (await QuoteAsync(held)).Status);
        Assert.Empty(await portal.Factory.QueryAsync(db => db.QuoteRevisions.Where(r => r.QuoteId == held).ToListAsync()));
    }
}

public sealed class ExportHoldsOnSqlite(SqlitePortal portal) : ExportHoldTests(portal), IClassFixture<SqlitePortal>;

public sealed class ExportHoldsOnPostgreSql(PostgresPortal portal) : ExportHoldTests(portal), IClassFixture<PostgresPortal>;
