using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Domain.Auditing;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Organizations;

/// <summary>
/// What an organization's step records becomes its audit row when the organization is saved, in the same save, for the
/// person who took the step; a save that fails leaves no row.
/// </summary>
public abstract class OrganizationEventsTests(PortalFixture portal)
{
    private PortalFactory Factory => portal.Factory;

    private Task<int> OrganizationIdOfAsync(string buyer) =>
        Factory.QueryAsync(db => db.Users.Where(u => u.Email == buyer).Select(u => u.OrganizationId!.Value).SingleAsync());

    private Task<List<AuditEvent>> RowsAsync(int organizationId, AuditAction action) =>
        Factory.QueryAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == OrganizationAudit.EntityType && e.EntityId == organizationId.ToString() && e.Action == action.Name)
            .ToListAsync());

    [SkippableFact]
    public async Task AnAdminsTierChangeIsAuditedWithTheAdminAndTheTierItLeft()
    {
        var id = await OrganizationIdOfAsync(await Customers.AddAsync(Factory, $"tier{Guid.NewGuid():N}"[..12]));
        using var admin = Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");

        var done = await admin.SubmitAsync($"/Staff/Organizations/Details/{id}", new Dictionary<string, string> { ["tier"] = "Strategic" },
            $"/Staff/Organizations/SetTier/{id}");

        Assert.Contains("The organization was set to the Strategic tier.", (await admin.GetAsync(done.Location!)).Body);
        var row = Assert.Single(await RowsAsync(id, OrganizationAudit.TierChanged));
        Assert.Equal(("Avery Admin", "Standard", "Strategic", false), (row.Actor, row.FromState, row.ToState, row.ShownToCustomer));
    }

    [SkippableFact]
    public async Task AStepTakenOnTheOrganizationAndSavedWritesItsAuditRowWithIt()
    {
        var id = await OrganizationIdOfAsync(await Customers.AddAsync(Factory, $"save{Guid.NewGuid():N}"[..12]));

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            (await db.Organizations.SingleAsync(o => o.Id == id)).Suspend("Unpaid invoices");
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await RowsAsync(id, OrganizationAudit.Suspended));
        Assert.Equal((Actor.System.Name, "Active", "Suspended", "Unpaid invoices"), (row.Actor, row.FromState, row.ToState, row.Reason));
    }

    [SkippableFact]
    public async Task AStepWhoseSaveFailsLeavesNoAuditRow()
    {
        var buyer = await Customers.AddAsync(Factory, $"fail{Guid.NewGuid():N}"[..12]);
        var id = await OrganizationIdOfAsync(buyer);
        var name = await Factory.QueryAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync());
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();

        (await db.Organizations.SingleAsync(o => o.Id == id)).Suspend("Unpaid invoices");
        // The same save registers a second company under the same name, which the unique name refuses.
        db.Organizations.Add(new Organization(name, "DE", "twin@example.com", DateTime.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Empty(await RowsAsync(id, OrganizationAudit.Suspended));
        Assert.Equal(OrganizationStatus.Active, await Factory.QueryAsync(d => d.Organizations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task ACompanySetUpBeforeItsFirstSaveHasNoRowsForHowItWasMade()
    {
        var id = await OrganizationIdOfAsync(await Customers.AddAsync(Factory, $"new{Guid.NewGuid():N}"[..12], OrganizationTier.Strategic));

        var rows = await Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == OrganizationAudit.EntityType
            && (e.EntityId == id.ToString() || e.EntityId == "0")));

        Assert.Equal(0, rows);
    }

    [SkippableFact]
    public async Task ASiteAddedAndRemovedIsAuditedUnderItsCompanyWithTheBuyer()
    {
        var buyer = await Customers.AddAsync(Factory, $"site{Guid.NewGuid():N}"[..12]);
        var id = await OrganizationIdOfAsync(buyer);
        using var client = Factory.NewClient();
        await client.SignInAsync(buyer, PortalFactory.DemoPassword);

        await client.SubmitAsync("/Customer/Sites/Create", new Dictionary<string, string>
        {
            ["Name"] = "Reno Hall 2", ["City"] = "Reno", ["CountryCode"] = "US", ["PowerAvailableKw"] = "2500", ["Cooling"] = "Liquid",
        });
        var siteId = await Factory.QueryAsync(db => db.Sites.Where(s => s.OrganizationId == id && s.Name == "Reno Hall 2").Select(s => s.Id).SingleAsync());
        var removed = await client.SubmitAsync("/Customer/Sites", new Dictionary<string, string>(), $"/Customer/Sites/Delete/{siteId}");

        Assert.Equal("/Customer/Sites", removed.Location);
        var added = Assert.Single(await RowsAsync(id, OrganizationAudit.SiteAdded));
        Assert.Equal(("Reno Hall 2, Reno US, 2500 kW, Liquid cooling", false), (added.ToState, added.ShownToCustomer));
        var gone = Assert.Single(await RowsAsync(id, OrganizationAudit.SiteRemoved));
        Assert.Equal(("Reno Hall 2", added.Actor), (gone.FromState, gone.Actor));
        Assert.Contains("Buyer", added.Actor);
        Assert.False(await Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Id == siteId)));
    }
}

public sealed class OrganizationEventsOnSqlite(SqlitePortal portal) : OrganizationEventsTests(portal), IClassFixture<SqlitePortal>;

public sealed class OrganizationEventsOnPostgreSql(PostgresPortal portal) : OrganizationEventsTests(portal), IClassFixture<PostgresPortal>;
