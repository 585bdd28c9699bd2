using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;

namespace Portal.IntegrationTests.Support;

/// <summary>Runs a timed job now, as its timer would, instead of waiting for it.</summary>
public static class Jobs
{
    /// <summary>Answers what the run did (the offers made, the quotes expired, …).</summary>
    public static async Task<int> RunAsync<TJob>(PortalFactory factory)
        where TJob : IPortalJob
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync();
    }
}
