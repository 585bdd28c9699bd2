using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheModelHasNoChangesMissingFromTheMigrations(string provider)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        // Comparing the model with the migrations' snapshot needs no server, only the provider.
        if (provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly("Portal.Migrations.Sqlite"));
        }
        else
        {
            options.UseNpgsql("Host=unused", o => o.MigrationsAssembly("Portal.Migrations.PostgreSql"));
        }
        using var db = new PortalDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration: run .config/add-migration.sh <Name>.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
