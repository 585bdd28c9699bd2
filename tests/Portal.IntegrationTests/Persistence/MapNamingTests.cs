using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;

namespace Portal.IntegrationTests.Persistence;

/// <summary>
/// How an entity is mapped to its table is its map: <c>XMap</c> under <c>Persistence/Maps</c>, so that "configuration"
/// keeps meaning a rack configuration or a setting.
/// </summary>
public sealed class MapNamingTests
{
    [Fact]
    public void EveryEntityTypeConfigurationIsAMapInTheMapsFolder()
    {
        var maps = typeof(PortalDbContext).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .ToList();

        Assert.NotEmpty(maps);
        Assert.All(maps, map =>
        {
            Assert.EndsWith("Map", map.Name, StringComparison.Ordinal);
            Assert.Equal("Portal.Infrastructure.Persistence.Maps", map.Namespace);
        });
    }
}
