using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// The portal with card payments through the Stripe stand-in, both in this process: the portal's Stripe.net calls go
/// to the stand-in through a link a test can take down or slow down, and the stand-in's signed webhooks go to the
/// portal's webhook endpoint. Bank transfer details are set, as a vendor would set them.
/// </summary>
public abstract class PaymentsPortal : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    protected PaymentsPortal(DatabaseKind database, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        Database = database;
        _factory = new Lazy<PortalFactory>(() =>
        {
            var factory = new PortalFactory(database.Create(), new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
            {
                ["Payments:Stripe:SecretKey"] = "sk_test_portal",
                ["Payments:Stripe:WebhookSecret"] = StripeStandIn.Secret,
                ["Payments:Stripe:ApiBase"] = "http://stripe.test",
                ["Payments:Stripe:Timeout"] = "00:00:02",
                ["Payments:BankTransfer:AccountName"] = "Northwind Silicon Inc.",
                ["Payments:BankTransfer:BankName"] = "Example Bank",
                ["Payments:BankTransfer:Iban"] = "XX00 TEST 0000 0000 0000 00",
                ["Payments:BankTransfer:Bic"] = "TESTXXXX",
            }, services =>
            {
                services.AddHttpClient(StripeGateway.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new StandInLink(Link, StandIn.Server.CreateHandler(), StandIn.Webhooks));
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }
            });
            StandIn.Webhooks.ForwardTo(() => factory.Server.CreateHandler());
            return factory;
        });
    }

    public DatabaseKind Database { get; }

    public string Provider => Database.Provider;

    public StripeStandIn StandIn { get; } = new();

    /// <summary>How the portal's calls reach the stand-in: up, down, or slower than the portal waits.</summary>
    public StandInSwitch Link { get; } = new();

    public PortalFactory Factory => _factory.Value;

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }
        StandIn.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePayments() : PaymentsPortal(DatabaseKind.Sqlite);

public sealed class PostgresPayments() : PaymentsPortal(DatabaseKind.Postgres);

public enum StandInState
{
    Up,
    Down,
    Slow,

    /// <summary>The stand-in gets the call and acts on it, but its answer comes after the portal stopped waiting.</summary>
    AnswerLost,
}

public sealed class StandInSwitch
{
    public StandInState State { get; set; } = StandInState.Up;

    /// <summary>Does the action with the link in the state, and puts it back up afterwards.</summary>
    public async Task<T> WhileAsync<T>(StandInState state, Func<Task<T>> action)
    {
        State = state;
        try
        {
            return await action();
        }
        finally
        {
            State = StandInState.Up;
        }
    }

    /// <summary>
    /// The portal's call that expires a checkout is answered only once the portal has handled the stand-in's webhook
    /// about that expiry: the webhook wins the race with the code that asked for it.
    /// </summary>
    public bool ExpiryWebhookFirst { get; set; }
}

/// <summary>
/// The wire between the portal and the stand-in: refuses connections when down, answers after 30 s when slow (the call
/// not sent yet) or when the answer is lost (the call done at the stand-in), and
/// holds back the answer to a checkout's expiry until its webhook is handled when told to.
/// </summary>
public sealed class StandInLink(StandInSwitch link, HttpMessageHandler standIn, WebhookReceiver webhooks) : DelegatingHandler(standIn)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (link.State)
        {
            case StandInState.Down:
                throw new HttpRequestException("Connection refused (the stand-in is down).");
            case StandInState.Slow:
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                break;
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (link.State == StandInState.AnswerLost)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }
        var path = request.RequestUri!.AbsolutePath;
        if (link.ExpiryWebhookFirst && request.Method == HttpMethod.Post && path.EndsWith("/expire", StringComparison.Ordinal))
        {
            await webhooks.AnsweredAsync("checkout.session.expired", path.Split('/')[^2], System.Net.HttpStatusCode.OK);
        }
        return response;
    }
}
