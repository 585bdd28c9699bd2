using Portal.IntegrationTests.Support;
using StandInFactory = Portal.IntegrationTests.Payments.StripeStandIn;

namespace Portal.BrowserTests;

/// <summary>
/// The browser portal with card payments: the Stripe stand-in listens on a real port of its own, the portal's Stripe.net
/// calls go there, and the browser pays on the stand-in's checkout page; the stand-in's signed webhooks reach the portal
/// over HTTP.
/// </summary>
public sealed class PaymentsBrowserPortal : BrowserPortal
{
    public StandInFactory StandIn { get; } = new();

    protected override PortalFactory CreateFactory()
    {
        StandIn.UseKestrel(0);
        StandIn.StartServer();
        return new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string>
        {
            ["Payments:Stripe:SecretKey"] = "sk_test_browser",
            ["Payments:Stripe:WebhookSecret"] = StandInFactory.Secret,
            ["Payments:Stripe:ApiBase"] = StandIn.ClientOptions.BaseAddress.ToString().TrimEnd('/'),
        });
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (IsAvailable)
        {
            StandIn.Webhooks.ForwardTo(() => new SocketsHttpHandler(), new Uri($"{BaseUrl}/payments/webhook"));
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
