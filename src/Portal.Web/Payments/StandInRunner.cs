using System.Security.Cryptography;
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
/// </summary>
public sealed class StandInRunner(string url, string webhookUrl, string secretKey, string webhookSecret, IServiceScopeFactory scopes, ILogger<StandInRunner> logger)
    : IHostedService
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
        var webhookUrl = configuration[$"{Section}:WebhookUrl"] ?? "http://127.0.0.1:5080/payments/webhook";
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
        services.AddHostedService(sp => new StandInRunner(url, webhookUrl, secretKey, webhookSecret,
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<StandInRunner>>()));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _standIn = StandInProgram.Build(["--urls", url, "--StandIn:WebhookUrl", webhookUrl, "--StandIn:WebhookSecret", webhookSecret], DemoErpSecretsAsync);
        await _standIn.StartAsync(cancellationToken);
        logger.LogInformation("Stripe stand-in (test mode, no money moves) at {Url}, sending webhooks to {WebhookUrl}; the portal uses key {Key}. The demo ERP's webhooks arrive at {Receiver}.",
            url, webhookUrl, secretKey[..16] + "…", url.TrimEnd('/') + DemoErpReceiver.PagePath);
    }

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
