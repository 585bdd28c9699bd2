using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Compliance;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>An admin loads a new list file: it becomes the version every company is screened against again, bad rows reported.</summary>
public abstract class ScreeningListUploadTests(PortalFixture portal)
{
    private const string Header = "_id,source,entity_number,type,programs,name,title,addresses,alt_names";

    private static async Task<PortalClient.Page> UploadAsync(PortalClient client, string csv, string fileName = "csl-2026-11.csv")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync("/Account/Login")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
        };
        return await PortalClient.Page.ReadAsync(await client.Http.PostAsync("/Compliance/Screenings/Upload", form));
    }

    [SkippableFact]
    public async Task ANewListBecomesCurrentEveryCompanyIsScreenedAgainstItAndItsBadRowsAreListed()
    {
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var csv = $"""
            {Header}
            t-1,Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,FJORD COMPUTE A/S,,"Storgata 1, Oslo, NO",
            t-2,Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,,,"no name, XX",
            t-3,Denied Persons List (DPL) - Bureau of Industry and Security,,Individual,,Nobody Near Anyone,,,
            """;

        var page = await UploadAsync(admin, csv);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 parties", page.Text("[role=status]"));
        Assert.Contains("1 newly held", page.Text("[role=status]"));
        Assert.Contains("line 3:", page.Text("[aria-label='Rows left out']"));
        var version = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.OrderBy(v => v.Id).LastAsync());
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
    public async Task AFileThatIsNotAListLeavesTheCurrentVersionAndAComplianceOfficerMayNotLoadOne()
    {
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        using var officer = portal.Factory.NewClient();
        await officer.SignInAsync("compliance@northwind.example");
        var before = await portal.Factory.QueryAsync(db => db.ScreeningListVersions.CountAsync());

        var noNames = await UploadAsync(admin, "company,country\nAcme,US\n");
        var empty = await UploadAsync(admin, $"{Header}\n");
        var forbidden = await UploadAsync(officer, $"{Header}\nt-1,EL,,Entity,,Acme,,,\n");

        Assert.Contains("name", noNames.FieldMessage("file"));
        Assert.Contains("holds no restricted party", empty.FieldMessage("file"));
        Assert.Contains("/Account/AccessDenied", forbidden.Location);
        Assert.Equal(before, await portal.Factory.QueryAsync(db => db.ScreeningListVersions.CountAsync()));
    }
}

public sealed class ScreeningListUploadOnSqlite(SqlitePortal portal) : ScreeningListUploadTests(portal), IClassFixture<SqlitePortal>;

public sealed class ScreeningListUploadOnPostgreSql(PostgresPortal portal) : ScreeningListUploadTests(portal), IClassFixture<PostgresPortal>;
