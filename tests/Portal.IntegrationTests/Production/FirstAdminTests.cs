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
        using var restart = new Restart(database);
        restart.StartAndStop();

        using var second = restart.Start();

        Assert.Single(restart.MailsTo(Address));
        Assert.Equal([Address], await AdminsAsync(second));
    }

    [SkippableFact]
    public async Task AStartAfterTheLinkLapsedUnusedMailsANewOne()
    {
        using var restart = new Restart(database);
        restart.StartAndStop();
        var twoDaysLater = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(2));

        using var second = restart.Start(services => services.AddSingleton<TimeProvider>(twoDaysLater));

        Assert.Equal(2, restart.MailsTo(Address).Count);
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

    /// <summary>
    /// One installation started again, as an operator restarts it: the same database and data folder, the first start
    /// stopped before the next begins (a SQLite database serves one process at a time).
    /// </summary>
    private sealed class Restart(DatabaseKind kind) : IDisposable
    {
        private readonly TestDatabase _database = kind.Create();
        private readonly string _dataFolder = Directory.CreateTempSubdirectory("portal-restart-").FullName;

        private PortalFactory? _latest;

        /// <summary>Starts and stops the portal once its mails are handed over.</summary>
        public void StartAndStop()
        {
            using var portal = Start();
            Outbox.Drain(portal);
        }

        public PortalFactory Start(Action<IServiceCollection>? services = null)
        {
            var settings = Settings();
            settings["Portal:DataFolder"] = _dataFolder;
            var portal = new PortalFactory(new SharedDatabase(_database), settings, services);
            portal.NewClient().Dispose();
            _latest = portal;
            return portal;
        }

        /// <summary>The mails of every start so far (the outbox is in the shared data folder), once the latest start's are handed over.</summary>
        public IReadOnlyList<MimeKit.MimeMessage> MailsTo(string address)
        {
            Outbox.Drain(_latest!);
            return Outbox.AllIn(Path.Combine(_dataFolder, "outbox"), address);
        }

        public void Dispose()
        {
            _database.Dispose();
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}

public sealed class FirstAdminOnSqlite() : FirstAdminTests(DatabaseKind.Sqlite);

public sealed class FirstAdminOnPostgreSql() : FirstAdminTests(DatabaseKind.Postgres);
