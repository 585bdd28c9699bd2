using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>Companies and sites screened against the restricted-party list as they come, held until an officer reviews a possible match.</summary>
public abstract class ScreeningTests(PortalFixture portal)
{
    private const string Page = "/Compliance/Screenings";

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<Organization> OrganizationAsync(string name) =>
        portal.Factory.QueryAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Name == name));

    private Task<List<Screening>> ScreeningsAsync(int organizationId) =>
        portal.Factory.QueryAsync(db => db.Screenings.AsNoTracking().Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Id).ToListAsync());

    private static Task<PortalClient.Page> JoinWaitlistAsync(PortalClient buyer) =>
        buyer.SubmitAsync("/Customer/Waitlist/Join?sku=TRN3-RACK-48U", new Dictionary<string, string> { ["Quantity"] = "1", ["Quarter"] = "" });

    private async Task<PortalClient.Page> ReviewAsync(PortalClient officer, int screeningId, string action, string note) =>
        await officer.PostAsync($"{Page}/{action}/{screeningId}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.AntiforgeryTokenAsync("/Account/Login"), ["note"] = note,
        });

    [SkippableFact]
    public async Task TheDemoListIsLoadedAtFirstStartAndEveryDemoCompanyAndSiteWasScreenedAgainstIt()
    {
        var version = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.SingleAsync());
        var helios = await OrganizationAsync("Helios AI Labs");
        var borealis = await OrganizationAsync("Borealis Dynamics Trading LLC");

        var heliosScreenings = await ScreeningsAsync(helios.Id);
        var borealisScreenings = await ScreeningsAsync(borealis.Id);

        Assert.Equal(("demo-screening-list.csv", "catalog file", 0), (version.FileName, version.LoadedBy, version.ProblemCount));
        Assert.True(version.PartyCount >= 40);
        Assert.Equal(["Helios AI Labs", "Ashburn DC1"], heliosScreenings.Select(s => s.ScreenedName).Take(2));
        Assert.All(heliosScreenings, s => Assert.Equal((ScreeningOutcome.Clear, version.Id), (s.Outcome, s.ListVersionId)));
        Assert.False(helios.OnComplianceHold);
        Assert.True(borealis.OnComplianceHold);
        var match = Assert.Single(borealisScreenings.Single(s => s.SiteId is null).Matches);
        Assert.Equal("BOREALIS DYNAMICS TRADING CO., LTD.", match.ListedName);
        Assert.True(match.Score >= ScreeningList.DefaultThreshold);
        using var admin = await SignedInAsync("admin@northwind.example");
        var list = await admin.GetAsync("/Staff/Organizations");
        var details = await admin.GetAsync($"/Staff/Organizations/Details/{borealis.Id}");
        Assert.Contains("Compliance review", list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Borealis")).TextContent);
        Assert.DoesNotContain("Compliance review", list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Helios")).TextContent);
        Assert.Contains("Held for a compliance review", details.Text("[role=note]"));
    }

    [SkippableFact]
    public async Task AHeldCompanysBuyerIsToldWhyAndTheOfficerSeesTheMatchWithItsScore()
    {
        using var buyer = await SignedInAsync("buyer@borealis.example");
        using var officer = await SignedInAsync("compliance@northwind.example");

        var refused = await JoinWaitlistAsync(buyer);
        var queue = await officer.GetAsync(Page);
        var home = await officer.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("routine export-compliance review", refused.Text("[role=alert]"));
        var card = queue.Document.QuerySelectorAll("article").Single(a => a.TextContent.Contains("Borealis Dynamics Trading LLC"));
        Assert.Contains("BOREALIS DYNAMICS TRADING CO., LTD.", card.TextContent);
        Assert.Contains("list version 1 (demo-screening-list.csv", card.TextContent);
        Assert.Contains("illustrative", queue.Text("[role=note]"));
        Assert.Null(queue.Document.QuerySelector("input[type=file]"));
        Assert.Equal("/Compliance", home.Location);
    }

    [SkippableFact]
    public async Task ASiteNamedLikeAListedPartyHoldsItsCompanyUntilAnOfficerClearsItWithANote()
    {
        using var buyer = await SignedInAsync("buyer@fjord.example");
        using var officer = await SignedInAsync("compliance@northwind.example");
        var fjord = await OrganizationAsync("Fjord Compute AS");

        var added = await buyer.SubmitAsync("/Customer/Sites/Create", new Dictionary<string, string>
        {
            ["Name"] = "Helion Compute Group", ["City"] = "Oslo", ["CountryCode"] = "NO", ["PowerAvailableKw"] = "900", ["Cooling"] = "Air",
        });
        var held = await OrganizationAsync("Fjord Compute AS");
        var screening = (await ScreeningsAsync(fjord.Id)).Last();
        var refused = await JoinWaitlistAsync(buyer);
        var withoutNote = await ReviewAsync(officer, screening.Id, "Clear", " ");
        var cleared = await ReviewAsync(officer, screening.Id, "Clear", "A new Fjord hall named after its builder; no relation to the listed party.");
        var twice = await ReviewAsync(officer, screening.Id, "Confirm", "Changed my mind");
        var released = await OrganizationAsync("Fjord Compute AS");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.True(held.OnComplianceHold);
        Assert.Equal(("Helion Compute Group", ScreeningOutcome.Cleared), (screening.ScreenedName, (await ScreeningsAsync(fjord.Id)).Last().Outcome));
        Assert.Contains("routine export-compliance review", refused.Text("[role=alert]"));
        Assert.Contains("Say why", withoutNote.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.Redirect, cleared.Status);
        Assert.Contains("has no possible match awaiting review", twice.Text("[role=alert]"));
        Assert.False(released.OnComplianceHold);
        Assert.Equal(OrganizationStatus.Active, released.Status);
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == "Organization" && e.EntityId == fjord.Id.ToString() && e.Action == "ScreeningCleared").ToListAsync());
        Assert.Contains("no relation to the listed party", Assert.Single(audit).ToState);
    }

    [SkippableFact]
    public async Task ACompanyRegisteredUnderAListedNameIsHeldAndAConfirmedMatchSuspendsIt()
    {
        using var visitor = portal.Factory.NewClient();
        using var officer = await SignedInAsync("admin@northwind.example");

        var registered = await visitor.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = "Borealis Dynamics FZE", ["CountryCode"] = "AE", ["FullName"] = "Lena Novak",
            ["Email"] = $"lena-{Guid.NewGuid():N}@borealis-fze.example", ["Password"] = "Correct-horse-42",
            ["Street"] = "Jebel Ali Free Zone 9", ["PostalCode"] = "17000", ["City"] = "Dubai", ["TaxId"] = "100234567800003",
        });
        var company = await OrganizationAsync("Borealis Dynamics FZE");
        var screening = Assert.Single(await ScreeningsAsync(company.Id));
        var confirmed = await ReviewAsync(officer, screening.Id, "Confirm", "Same entity as the Entity List entry; its address matches.");
        var after = await OrganizationAsync("Borealis Dynamics FZE");

        Assert.Contains("Check your email", registered.Body);
        Assert.True(company.OnComplianceHold);
        Assert.Equal("BOREALIS DYNAMICS TRADING CO., LTD.", Assert.Single(screening.Matches).ListedName);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal((OrganizationStatus.Suspended, true), (after.Status, after.OnComplianceHold));
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewAsync(officer, 999_999, "Clear", "no such screening")).Status);
    }
}

public sealed class ScreeningOnSqlite(SqlitePortal portal) : ScreeningTests(portal), IClassFixture<SqlitePortal>;

public sealed class ScreeningOnPostgreSql(PostgresPortal portal) : ScreeningTests(portal), IClassFixture<PostgresPortal>;
