using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Jobs;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>An instance may serve pages only, leaving the timed jobs to the others on the same database.</summary>
public sealed class JobsSwitchTests
{
    private static int Workers(PortalFactory factory) =>
        factory.Services.GetServices<IHostedService>().Count(s => s.GetType().IsGenericType && s.GetType().GetGenericTypeDefinition() == typeof(PortalJobWorker<>));

    [Fact]
    public void AnInstanceWithJobsOffRunsNoneOfThemAndOneWithTheDefaultRunsAllSeven()
    {
        using var quiet = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string> { ["Jobs:Run"] = "false" });
        using var usual = new PortalFactory(new SqliteTestDatabase());

        Assert.Equal(0, Workers(quiet));
        Assert.Equal(7, Workers(usual));
    }
}
