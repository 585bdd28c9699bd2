using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Seeding;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Persistence;

public abstract class SeedingTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task RunningTheInitializerAgainChangesNothing()
    {
        var before = await CountsAsync();

        using (var scope = portal.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalInitializer>().InitializeAsync();
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(3, before.Active);
        Assert.Equal(1, before.Pending);
        Assert.Equal(1, before.ScreeningLists);
        Assert.True(before.Rules > 0);
    }

    private Task<(int Products, int Allocations, int Users, int Active, int Pending, int Rules, int ScreeningLists, int Screenings)> CountsAsync() =>
        portal.Factory.QueryAsync(async db => (
            await db.Products.CountAsync(),
            await db.Allocations.CountAsync(),
            await db.Users.CountAsync(),
            await db.Organizations.CountAsync(o => o.Status == Domain.Organizations.OrganizationStatus.Active),
            await db.Organizations.CountAsync(o => o.Status == Domain.Organizations.OrganizationStatus.Pending),
            await db.DestinationRules.CountAsync(),
            await db.ScreeningListVersions.CountAsync(),
            await db.Screenings.CountAsync()));
}

public sealed class SeedingOnSqlite(SqlitePortal portal) : SeedingTests(portal), IClassFixture<SqlitePortal>;

public sealed class SeedingOnPostgreSql(PostgresPortal portal) : SeedingTests(portal), IClassFixture<PostgresPortal>;
