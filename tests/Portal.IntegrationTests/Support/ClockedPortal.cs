using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Portal.IntegrationTests.Support;

/// <summary>A portal of its own on SQLite whose clock the test moves (the jobs' timers run on it too), never by sleeping.</summary>
public sealed class ClockedPortal : IDisposable
{
    public ClockedPortal() =>
        Factory = new PortalFactory(new SqliteTestDatabase(), services: s => s.AddSingleton<TimeProvider>(Clock));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PortalFactory Factory { get; }

    /// <summary>Runs one of the portal's services in a scope of its own, as a request or a job would.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public void Dispose() => Factory.Dispose();
}
