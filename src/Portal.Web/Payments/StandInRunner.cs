using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Portal.Infrastructure.Payments;
using Portal.Infrastructure.Seeding;
using Portal.Infrastructure.Webhooks;
using Portal.StripeStandIn;

namespace Portal.Web.Payments;

/// <summary>
/// For offline runs (the development run command): starts the Stripe stand-in beside the portal when Payments:StandIn:Url
/// is set and no Stripe key is, with a test key and a webhook secret made up for this run, so that a deposit can be paid
/// end to end without reaching Stripe and no secret lives in the repository. With real Stripe keys configured this does nothing.
/// The stand-in also hosts the demo ERP's webhook receiver (see <see cref="DemoErpReceiver"/>), which the demo company's
/// endpoint is registered at, and which verifies each post with that endpoint's secret, read from the portal's database.
/// The stand-in's webhooks go to the portal where it listens (<c>--urls</c>), unless Payments:StandIn:WebhookUrl says
/// otherwise; so it starts once the portal's server has started and its addresses are known.
/// </summary>
public sealed class StandInRunner(string url, string? webhookUrl, string secretKey, string webhookSecret, IServer server, IServiceScopeFactory scopes, ILogger<StandInRunner> logger)
    : IHostedLifecycleService
{
    public const string Section = "Payments:StandIn";

    private WebApplication? _standIn;

    public static void AddTo(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var url = configuration[$"{Section}:Url"];
        if (string.IsNullOrWhiteSpace(url) || !string.IsNullOrWhiteSpace(configuration[$"{StripeOptions.Section}:SecretKey"]))
        {
            return;
        }
        var secretKey = $"sk_test_standin_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
        var webhookSecret = $"whsec_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
        var webhookUrl = configuration[$"{Section}:WebhookUrl"] is { Length: > 0 } configured ? configured : null;
        services.PostConfigure<StripeOptions>(stripe =>
        {
            stripe.SecretKey = secretKey;
            stripe.WebhookSecret = webhookSecret;
            stripe.ApiBase = url;
        });
        var receiver = DemoErpReceiver.UrlAt(url);
        services.PostConfigure<DemoOptions>(demo => demo.ErpWebhookUrl = receiver);
        // The one loopback address webhooks may go to, and only outside Production (which refuses to start with any):
        // exactly this receiver, not loopback in general, so a customer of a development run reaches nothing else here.
        if (!environment.IsProduction())
        {
            services.PostConfigure<WebhookOptions>(webhooks => webhooks.AllowedTestReceivers.Add(receiver));
        }
        services.AddHostedService(sp => new StandInRunner(url, webhookUrl, secretKey, webhookSecret, sp.GetRequiredService<IServer>(),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<StandInRunner>>()));
    }

    /// <summary>
    /// The portal's webhook endpoint at the first address its server listens on, plain http first (the stand-in posts on
    /// this machine); a wildcard host (<c>http://+:5080</c>, <c>0.0.0.0</c>, <c>[::]</c>) is reached on the loopback.
    /// None when the server listens on no address (an in-memory test server): the stand-in then sends no webhooks.
    /// </summary>
    public static string? WebhookAddressOf(IEnumerable<string> listening)
    {
        if (listening.Select(BindingAddress.Parse).OrderBy(a => a.Scheme == Uri.UriSchemeHttps).FirstOrDefault() is not { } address)
        {
            return null;
        }
        var host = address.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : address.Host;
        return new UriBuilder(address.Scheme, host, address.Port, PaymentWebhookEndpoint.Path).Uri.ToString();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var webhooks = webhookUrl ?? WebhookAddressOf(server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses);
        // Its own host's start lines would repeat the portal's; the line below says where it is.
        string[] sendTo = webhooks is null ? [] : ["--StandIn:WebhookUrl", webhooks];
        _standIn = StandInProgram.Build(["--urls", url, .. sendTo, "--StandIn:WebhookSecret", webhookSecret,
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning"], DemoErpSecretsAsync);
        await _standIn.StartAsync(cancellationToken);
        logger.LogInformation("Stripe stand-in (test mode, no money moves) at {Url}, sending webhooks to {WebhookUrl}; the portal uses key {Key}. The demo ERP's webhooks arrive at {Receiver}.",
            url, webhooks ?? "nowhere (the portal listens on no address)", secretKey[..16] + "…", url.TrimEnd('/') + DemoErpReceiver.PagePath);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_standIn is not null)
        {
            await _standIn.StopAsync(cancellationToken);
            await _standIn.DisposeAsync();
        }
    }

    private async Task<IReadOnlyList<string>> DemoErpSecretsAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DemoWebhooks>().ReceiverSecretsAsync(cancellationToken);
    }
}
