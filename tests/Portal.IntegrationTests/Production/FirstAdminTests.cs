using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>
/// A new installation's first admin, from Portal:FirstAdmin: invited at start while the database has no admin, with a
/// link on the public address to choose a password; never again once there is one, and no password in any setting.
/// </summary>
public abstract class FirstAdminTests(DatabaseKind database)
{
    private const string Address = "first@northwind.example";

    private static Dictionary<string, string> Settings(bool demo = false) =>
        InProduction.Settings(new Dictionary<string, string> { ["Portal:FirstAdmin"] = Address, ["Demo:Seed"] = demo ? "true" : "false" });

    [SkippableFact]
    public async Task AnEmptyDatabaseInvitesTheFirstAdminWhoChoosesAPasswordAndSignsIn()
    {
        using var portal = new PortalFactory(database.Create(), Settings());
        using var admin = portal.NewClient();

        var link = Outbox.AbsoluteLinkIn(Assert.Single(Outbox.AllTo(portal, Address)));
        Assert.StartsWith($"{InProduction.PublicUrl}/Account/AcceptInvitation?", link);
        var accepted = await admin.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, string> { ["Password"] = "First-admin-2026" });
        Assert.Equal("/Account/Login", accepted.Location);
        await admin.SignInAsync(Address, "First-admin-2026");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Team")).Status);
        Assert.Equal([Address], await AdminsAsync(portal));
    }

    [SkippableFact]
    public async Task ASecondStartDoesNotInviteAgain()
    {
        var empty = database.Create();
        using var first = new PortalFactory(empty, Settings());
        first.NewClient().Dispose();
        var again = Settings();
        again["Portal:DataFolder"] = first.DataFolder;
        using var second = new PortalFactory(new SharedDatabase(empty), again);

        second.NewClient().Dispose();

        Assert.Single(Outbox.AllTo(first, Address));
        Assert.Equal([Address], await AdminsAsync(second));
    }

    [SkippableFact]
    public async Task AStartAfterTheLinkLapsedUnusedMailsANewOne()
    {
        var empty = database.Create();
        using var first = new PortalFactory(empty, Settings());
        first.NewClient().Dispose();
        var again = Settings();
        again["Portal:DataFolder"] = first.DataFolder;
        var twoDaysLater = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(2));
        using var second = new PortalFactory(new SharedDatabase(empty), again, services => services.AddSingleton<TimeProvider>(twoDaysLater));

        second.NewClient().Dispose();

        Assert.Equal(2, Outbox.AllTo(first, Address).Count);
        Assert.Equal([Address], await AdminsAsync(second));
    }

    [SkippableFact]
    public async Task WithAnAdminPresentNothingHappens()
    {
        using var portal = new PortalFactory(database.Create(), Settings(demo: true));
        portal.NewClient().Dispose();

        Assert.Empty(Outbox.AllTo(portal, Address));
        Assert.Null(await portal.QueryAsync(db => db.Users.SingleOrDefaultAsync(u => u.Email == Address)));
    }

    private static async Task<List<string>> AdminsAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return [.. (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Select(u => u.Email!)];
    }
}

public sealed class FirstAdminOnSqlite() : FirstAdminTests(DatabaseKind.Sqlite);

public sealed class FirstAdminOnPostgreSql() : FirstAdminTests(DatabaseKind.Postgres);
