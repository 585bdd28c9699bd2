using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Organizations;
using Portal.Domain.Auditing;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>
/// A company's registration, its screening hold and the officer's review go to its audit trail: the registration
/// under the address that registered, the hold as the portal's own step, the review under the officer.
/// </summary>
public abstract class ScreeningAuditTests(PortalFixture portal)
{
    private const string Company = "Borealis Dynamics Trading Co";

    private Task<List<AuditEvent>> RowsAsync(int organizationId) =>
        portal.Factory.QueryAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == OrganizationAudit.EntityType && e.EntityId == organizationId.ToString()).OrderBy(e => e.Id).ToListAsync());

    private static async Task<PortalClient.Page> ReviewAsync(PortalClient officer, int screeningId, string note) =>
        await officer.PostAsync($"/Compliance/Screenings/Confirm/{screeningId}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.AntiforgeryTokenAsync("/Compliance/Screenings"), ["note"] = note,
        });

    [SkippableFact]
    public async Task ARegistrationHeldForScreeningAndConfirmedIsAuditedStepByStep()
    {
        var email = $"lena-{Guid.NewGuid():N}@borealis.example";
        using var visitor = portal.Factory.NewClient();
        await visitor.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = Company, ["CountryCode"] = "AE", ["FullName"] = "Lena Novak", ["Email"] = email, ["Password"] = "Correct-horse-42",
            ["Street"] = "Jebel Ali Free Zone 9", ["PostalCode"] = "17000", ["City"] = "Dubai", ["TaxId"] = "100234567800003",
        });
        var company = await portal.Factory.QueryAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Name == Company));
        var screening = await portal.Factory.QueryAsync(db => db.Screenings.AsNoTracking().SingleAsync(s => s.OrganizationId == company.Id));
        using var officer = portal.Factory.NewClient();
        await officer.SignInAsync("admin@northwind.example");

        var tooLong = await ReviewAsync(officer, screening.Id, new string('n', Screening.NoteMaxLength + 1));
        var afterTooLong = await RowsAsync(company.Id);
        var confirmed = await ReviewAsync(officer, screening.Id, "Same entity as the listed one.");

        Assert.Equal(HttpStatusCode.OK, tooLong.Status);
        Assert.Contains($"{Screening.NoteMaxLength} characters or fewer", tooLong.Text("[role=alert]"));
        Assert.Equal([OrganizationAudit.Registered.Name, OrganizationAudit.ScreeningHeld.Name], afterTooLong.Select(r => r.Action).Order());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        var rows = await RowsAsync(company.Id);
        var registered = rows.Single(r => r.Action == OrganizationAudit.Registered.Name);
        Assert.Equal((email, nameof(OrganizationStatus.Pending)), (registered.Actor, registered.ToState));
        var held = rows.Single(r => r.Action == OrganizationAudit.ScreeningHeld.Name);
        Assert.Equal("Portal", held.Actor);
        Assert.Contains("BOREALIS DYNAMICS TRADING CO., LTD.", held.ToState);
        var review = rows.Single(r => r.Action == OrganizationAudit.ScreeningConfirmed.Name);
        Assert.Equal(("Avery Admin", $"'{Company}' possible match", "Confirmed: Same entity as the listed one."),
            (review.Actor, review.FromState, review.ToState));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.False(r.ShownToCustomer));
    }
}

public sealed class ScreeningAuditOnSqlite(SqlitePortal portal) : ScreeningAuditTests(portal), IClassFixture<SqlitePortal>;

public sealed class ScreeningAuditOnPostgreSql(PostgresPortal portal) : ScreeningAuditTests(portal), IClassFixture<PostgresPortal>;
