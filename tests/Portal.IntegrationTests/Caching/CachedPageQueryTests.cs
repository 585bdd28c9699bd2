using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Caching;

/// <summary>
/// On SQLite the one process that owns the database hears every change to it, so a page served from the output cache
/// learns its version from memory and asks the database nothing (PostgreSQL's instances hear each other through
/// their listener; <see cref="PageCacheTests"/> shows a change still shows at once).
/// </summary>
public sealed class CachedPageQueryTests
{
    /// <remarks>
    /// Anonymous pages only: a signed-in page asks, at most every <see cref="Portal.Infrastructure.Identity.CheckedSessions.Freshness"/>,
    /// whether its session is still current, which a slow machine can make fall between two requests.
    /// </remarks>
    [Theory]
    [InlineData("/catalog")]
    [InlineData("/catalog?family=NetworkSwitch")]
    [InlineData("/catalog/TRN3-RACK-48U")]
    public async Task ACachedPageAsksTheDatabaseNothing(string page)
    {
        var counter = new CommandCounter();
        using var factory = new PortalFactory(new SqliteTestDatabase(),
            new Dictionary<string, string>
            {
                // The timed jobs' queries would count too, whenever they happen to run.
                ["Jobs:Run"] = "false",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            services => services.AddSingleton<ILoggerProvider>(counter));
        using var visitor = factory.NewClient();
        await visitor.GetAsync(page);

        counter.Reset();
        var cached = await visitor.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, cached.Status);
        Assert.Equal(0, counter.Count);
    }
}
