using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;
using Portal.Web.Controllers;

namespace Portal.IntegrationTests.Organizations;

public abstract class OrganizationAdministrationTests(PortalFixture portal)
{
    private async Task<int> RegisterAsync(string email)
    {
        using var client = portal.Factory.NewClient();
        var name = $"Pending Co {Guid.NewGuid():N}"[..20];
        await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = name, ["CountryCode"] = "FR", ["FullName"] = "Lea Martin", ["Email"] = email, ["Password"] = "Correct-horse-42",
            ["Street"] = "1 rue de Rivoli", ["PostalCode"] = "75001", ["City"] = "Paris", ["TaxId"] = "FR12345678901",
        });
        await client.GetAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)));
        return await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
    }

    [SkippableFact]
    public async Task AnAdminApprovesAPendingOrganizationAndTheChangeIsAudited()
    {
        var id = await RegisterAsync($"lea-{Guid.NewGuid():N}@pending.example");
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");

        var done = await admin.SubmitAsync($"/Staff/Organizations/Details/{id}", new Dictionary<string, string>(), $"/Staff/Organizations/Approve/{id}");

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var page = await admin.GetAsync(done.Location!);
        Assert.Contains("The organization was approved.", page.Body);
        Assert.Equal(OrganizationStatus.Active, await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityType == "Organization" && e.EntityId == id.ToString() && e.Action == "Approved"));
        Assert.Equal("Avery Admin", audit.Actor);
        Assert.Equal("Pending", audit.FromState);
        Assert.Equal("Active", audit.ToState);
    }

    [SkippableFact]
    public async Task ApprovingTwiceIsAClearMessageAndChangesNothing()
    {
        var id = await RegisterAsync($"lea-{Guid.NewGuid():N}@pending.example");
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var token = await admin.AntiforgeryTokenAsync($"/Staff/Organizations/Details/{id}");
        await admin.PostAsync($"/Staff/Organizations/Approve/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var again = await admin.PostAsync($"/Staff/Organizations/Approve/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var page = await admin.GetAsync(again.Location!);
        Assert.Contains("Only a pending organization can be approved", page.Body);
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "Organization" && e.EntityId == id.ToString() && e.Action == "Approved")));
    }

    [SkippableFact]
    public async Task ASuspendedOrganizationsMembersCannotSignInUntilReinstated()
    {
        var email = $"lea-{Guid.NewGuid():N}@pending.example";
        var id = await RegisterAsync(email);
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var token = await admin.AntiforgeryTokenAsync($"/Staff/Organizations/Details/{id}");

        await admin.PostAsync($"/Staff/Organizations/Suspend/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "Unpaid invoices" });
        using var member = portal.Factory.NewClient();
        var refused = await member.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Correct-horse-42" });
        await admin.PostAsync($"/Staff/Organizations/Reinstate/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Contains(AccountController.SignInRefused, refused.Text("[role=alert]"));
        Assert.Contains("suspended", Outbox.LatestTo(portal.Factory, email).Subject);
        await member.SignInAsync(email, "Correct-horse-42");
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == id.ToString() && e.Action == "Suspended"));
        Assert.Equal("Unpaid invoices", audit.Reason);
    }

    [SkippableFact]
    public async Task AnAdminSetsTheTierAndAnUnknownTierIsRefused()
    {
        var id = await RegisterAsync($"lea-{Guid.NewGuid():N}@pending.example");
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        var token = await admin.AntiforgeryTokenAsync($"/Staff/Organizations/Details/{id}");

        var bad = await admin.PostAsync($"/Staff/Organizations/SetTier/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["tier"] = "Platinum" });
        Assert.Contains("Choose Standard or Strategic", (await admin.GetAsync(bad.Location!)).Body);
        await admin.PostAsync($"/Staff/Organizations/SetTier/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["tier"] = "Strategic" });

        Assert.Equal(OrganizationTier.Strategic, await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Tier).SingleAsync()));
    }

    [SkippableFact]
    public async Task SalesSeesOrganizationsButCannotApproveThem()
    {
        var id = await RegisterAsync($"lea-{Guid.NewGuid():N}@pending.example");
        using var sales = portal.Factory.NewClient();
        await sales.SignInAsync("sales@northwind.example");

        var details = await sales.GetAsync($"/Staff/Organizations/Details/{id}");
        var token = await sales.AntiforgeryTokenAsync($"/Staff/Organizations/Details/{id}");
        var approve = await sales.PostAsync($"/Staff/Organizations/Approve/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.DoesNotContain("Approve</button>", details.Body);
        Assert.Contains("/Account/AccessDenied", approve.Location);
        Assert.Equal(OrganizationStatus.Pending, await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnUnknownOrganizationIsNotFound()
    {
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");

        var page = await admin.GetAsync("/Staff/Organizations/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We could not find that page", page.Body);
    }
}

public sealed class OrganizationAdministrationOnSqlite(SqlitePortal portal) : OrganizationAdministrationTests(portal), IClassFixture<SqlitePortal>;

public sealed class OrganizationAdministrationOnPostgreSql(PostgresPortal portal) : OrganizationAdministrationTests(portal), IClassFixture<PostgresPortal>;
