using System.Security.Cryptography;
using Portal.Infrastructure.Payments;
using Portal.StripeStandIn;

namespace Portal.Web.Payments;

/// <summary>
/// For offline runs (the development run command): starts the Stripe stand-in beside the portal when Payments:StandIn:Url
/// is set and no Stripe key is, with a test key and a webhook secret made up for this run, so that a deposit can be paid
/// end to end without reaching Stripe and no secret lives in the repository. With real Stripe keys configured this does nothing.
/// </summary>
public sealed class StandInRunner(string url, string webhookUrl, string secretKey, string webhookSecret, ILogger<StandInRunner> logger) : IHostedService
{
    public const string Section = "Payments:StandIn";

    private WebApplication? _standIn;

    public static void AddTo(IServiceCollection services, IConfiguration configuration)
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
        services.AddHostedService(sp => new StandInRunner(url, webhookUrl, secretKey, webhookSecret, sp.GetRequiredService<ILogger<StandInRunner>>()));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _standIn = StandInProgram.Build(["--urls", url, "--StandIn:WebhookUrl", webhookUrl, "--StandIn:WebhookSecret", webhookSecret]);
        await _standIn.StartAsync(cancellationToken);
        logger.LogInformation("Stripe stand-in (test mode, no money moves) at {Url}, sending webhooks to {WebhookUrl}; the portal uses key {Key}.", url, webhookUrl, secretKey[..16] + "…");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_standIn is not null)
        {
            await _standIn.StopAsync(cancellationToken);
            await _standIn.DisposeAsync();
        }
    }
}
