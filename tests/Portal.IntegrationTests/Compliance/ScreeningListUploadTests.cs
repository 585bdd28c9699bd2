using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Compliance;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>
/// An admin loads a new list file: it is staged and its changes shown (added, removed, unchanged, bad rows); confirmed,
/// it becomes the version every company is screened against again; cancelled, the current list stays as it was.
/// </summary>
public abstract class ScreeningListUploadTests(PortalFixture portal)
{
    private const string Header = "_id,source,entity_number,type,programs,name,title,addresses,alt_names";
    private const string EntityList = "Entity List (EL) - Bureau of Industry and Security";
    private const string TwoParties = $"""
        {Header}
        z-1,{EntityList},,Entity,EAR,Zorvex Trading,,"Dock 4, Limassol, CY",
        z-2,{EntityList},,Entity,EAR,Quillon Freight,,,
        """;

    public static async Task<PortalClient.Page> UploadAsync(PortalClient client, string csv, string fileName = "csl-2026-11.csv")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/Account/Login")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
        };
        return await PortalClient.Page.ReadAsync(await client.Http.PostAsync("/Compliance/Screenings/Upload", form));
    }

    /// <summary>Presses the staged page's button that posts to the action, and follows the redirect.</summary>
    private static async Task<PortalClient.Page> PressAsync(PortalClient client, PortalClient.Page staged, string action)
    {
        var form = staged.Document.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains($"/{action}/", StringComparison.Ordinal));
        var answer = await client.SubmitAsync(staged, new Dictionary<string, string>(), form.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        return await client.GetAsync(answer.Location!);
    }

    private async Task<PortalClient> AdminAsync() => await portal.Factory.SignedInAsync("admin@northwind.example");

    private Task<ScreeningListVersion> CurrentAsync() =>
        portal.Factory.QueryAsync(db => db.ScreeningListVersions.AsNoTracking().Where(v => !v.Staged).OrderBy(v => v.Id).LastAsync());

    /// <summary>The confirmed lists (versions and parties) and the screenings made against them.</summary>
    private Task<(int Versions, int Parties, int Screenings)> ConfirmedAsync() => portal.Factory.QueryAsync(async db =>
        (await db.ScreeningListVersions.CountAsync(v => !v.Staged),
            await db.ListedParties.CountAsync(p => db.ScreeningListVersions.Any(v => v.Id == p.ListVersionId && !v.Staged)),
            await db.Screenings.CountAsync()));

    private Task<int> StagedPartiesAsync() =>
        portal.Factory.QueryAsync(db => db.ListedParties.CountAsync(p => db.ScreeningListVersions.Any(v => v.Id == p.ListVersionId && v.Staged)));

    [SkippableFact]
    public async Task ANewListIsConfirmedThenBecomesCurrentEveryCompanyIsScreenedAgainstItAndItsBadRowsAreListed()
    {
        using var admin = await AdminAsync();
        var csv = $"""
            {Header}
            t-1,{EntityList},,Entity,EAR,FJORD COMPUTE A/S,,"Storgata 1, Oslo, NO",
            t-2,{EntityList},,Entity,EAR,,,"no name, XX",
            t-3,Denied Persons List (DPL) - Bureau of Industry and Security,,Individual,,Nobody Near Anyone,,,
            """;

        var staged = await UploadAsync(admin, csv);
        var fjordBefore = await portal.Factory.QueryAsync(db => db.Organizations.SingleAsync(o => o.Name == "Fjord Compute AS"));
        var loaded = await PressAsync(admin, staged, "ConfirmList");

        Assert.Equal(HttpStatusCode.OK, staged.Status);
        Assert.Contains("line 3: A restricted party's name cannot be empty.", staged.Text("[aria-label='Rows left out']"));
        Assert.False(fjordBefore.OnComplianceHold);
        Assert.Contains("2 parties", loaded.Text("[role=status]"));
        Assert.Contains("1 newly held", loaded.Text("[role=status]"));
        var version = await CurrentAsync();
        Assert.Equal(("csl-2026-11.csv", 2, 1), (version.FileName, version.PartyCount, version.ProblemCount));
        var fjord = await portal.Factory.QueryAsync(db => db.Organizations.SingleAsync(o => o.Name == "Fjord Compute AS"));
        Assert.True(fjord.OnComplianceHold);
        var latest = await portal.Factory.QueryAsync(db => db.Screenings.Where(s => s.ListVersionId == version.Id).ToListAsync());
        Assert.Contains(latest, s => s is { ScreenedName: "Fjord Compute AS", Outcome: ScreeningOutcome.PossibleMatch });
        Assert.Contains(latest, s => s is { ScreenedName: "Helios AI Labs", Outcome: ScreeningOutcome.Clear });
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "ScreeningListLoaded" && e.EntityId == version.Id.ToString()));
        Assert.Contains("2 parties, 1 rows left out", audit.ToState);
    }

    [SkippableFact]
    public async Task ATwoRowFileReplacesNothingUntilConfirmedAndItsPageShowsWhatItWouldRemove()
    {
        using var admin = await AdminAsync();
        var current = await CurrentAsync();
        var firstListed = await portal.Factory.QueryAsync(db => db.ListedParties.Where(p => p.ListVersionId == current.Id).OrderBy(p => p.Id).FirstAsync());
        var before = await ConfirmedAsync();

        var staged = await UploadAsync(admin, TwoParties, "two-rows.csv");
        var index = await admin.GetAsync("/Compliance/Screenings");

        Assert.Equal(HttpStatusCode.OK, staged.Status);
        Assert.Contains($"{current.PartyCount} of the current list's {current.PartyCount} parties would be removed", staged.Text("[aria-label='Removals']"));
        Assert.Contains(firstListed.Name, staged.Text("#removed"));
        Assert.Equal((current.PartyCount.ToString(), "2", "0"),
            (staged.Text("#removed td.text-end"), staged.Text("#added td.text-end"), staged.Text("#unchanged td.text-end")));
        Assert.Contains("Zorvex Trading", staged.Text("#added"));
        Assert.Contains("Quillon Freight", staged.Text("#added"));
        Assert.Equal(current.Id, (await CurrentAsync()).Id);
        Assert.Equal(before, await ConfirmedAsync());
        Assert.Equal(2, await StagedPartiesAsync());
        var link = index.Document.QuerySelector("a[href^='/Compliance/Screenings/Staged/']");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(link.GetAttribute("href")!)).Status);
    }

    [SkippableFact]
    public async Task ACancelledListIsDiscardedAndTheCurrentListStaysAsItWas()
    {
        using var admin = await AdminAsync();
        var current = await CurrentAsync();
        var before = await ConfirmedAsync();
        var staged = await UploadAsync(admin, TwoParties, "to-cancel.csv");
        var stagedId = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.Where(v => v.Staged).Select(v => v.Id).SingleAsync());

        var cancelled = await PressAsync(admin, staged, "CancelList");

        Assert.Contains("Cancelled", cancelled.Text("[role=status]"));
        Assert.Equal(current.Id, (await CurrentAsync()).Id);
        Assert.Equal(before, await ConfirmedAsync());
        Assert.Equal(0, await StagedPartiesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Compliance/Screenings/Staged/{stagedId}")).Status);
        var confirmLate = await admin.PostAsync($"/Compliance/Screenings/ConfirmList/{stagedId}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync("/Account/Login"),
        });
        Assert.Equal(HttpStatusCode.NotFound, confirmLate.Status);
    }

    [SkippableFact]
    public async Task AFileThatIsNotAListLeavesTheCurrentVersionAndAComplianceOfficerMayNotLoadOne()
    {
        using var admin = await AdminAsync();
        using var officer = await portal.Factory.SignedInAsync("compliance@northwind.example");
        var before = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.CountAsync());

        var noNames = await UploadAsync(admin, "company,country\nAcme,US\n");
        var empty = await UploadAsync(admin, $"{Header}\n");
        var allBad = await UploadAsync(admin, $"{Header}\nt-1,{EntityList},,Entity,,,,,\n");
        var forbidden = await UploadAsync(officer, $"{Header}\nt-1,EL,,Entity,,Acme,,,\n");

        Assert.Contains("name", noNames.FieldMessage("file"));
        Assert.Contains("holds no restricted party", empty.FieldMessage("file"));
        Assert.Contains("holds no restricted party", allBad.FieldMessage("file"));
        Assert.Contains("line 2: A restricted party's name cannot be empty.", allBad.Text("[aria-label='Rows left out']"));
        Assert.Contains("/Account/AccessDenied", forbidden.Location);
        Assert.Equal(before, await portal.Factory.QueryAsync(db => db.ScreeningListVersions.CountAsync()));
    }
}

public sealed class ScreeningListUploadOnSqlite(SqlitePortal portal) : ScreeningListUploadTests(portal), IClassFixture<SqlitePortal>;

public sealed class ScreeningListUploadOnPostgreSql(PostgresPortal portal) : ScreeningListUploadTests(portal), IClassFixture<PostgresPortal>;
