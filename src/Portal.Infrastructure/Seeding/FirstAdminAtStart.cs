using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts.FirstAdmin;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// Invites the first admin (<see cref="InviteFirstAdmin"/>) once the portal has started, after the database is
/// migrated and its pages are routed (the mail links to one). A failure (no mail server) leaves no account, is logged
/// without a trace and is tried again at the next start.
/// </summary>
public sealed class FirstAdminAtStart(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    ILogger<FirstAdminAtStart> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[InviteFirstAdmin.Setting]))
        {
            return;
        }
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<InviteFirstAdmin>().InviteAsync(
                configuration[InviteFirstAdmin.Setting], tokens.Value.TokenLifespan, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError("The first admin ({Setting}) could not be invited: {Reason} It is tried again at the next start.",
                InviteFirstAdmin.Setting, failure.Message);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
