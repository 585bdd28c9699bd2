using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.StripeStandIn;
using Stripe;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// The Stripe stand-in in this process, with its webhooks delivered to <see cref="Webhooks"/>, and Stripe.net's real
/// client pointed at it through its API base.
/// </summary>
public sealed class StripeStandIn : WebApplicationFactory<StandInOptions>
{
    public const string Secret = "whsec_tests";
    public const string WebhookUrl = "http://portal.test/payments/webhook";

    public WebhookReceiver Webhooks { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("StandIn:WebhookUrl", WebhookUrl);
        builder.UseSetting("StandIn:WebhookSecret", Secret);
        builder.UseSetting("StandIn:FirstRetryDelay", "00:00:00.050");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(WebhookDispatcher.Client).ConfigurePrimaryHttpMessageHandler(() => Webhooks));
    }

    /// <summary>Stripe.net's client with the given secret key, talking to the stand-in.</summary>
    public StripeClient Client(string apiKey = "sk_test_portal") =>
        new(apiKey, httpClient: new SystemNetHttpClient(CreateClient(), maxNetworkRetries: 0, appInfo: null, enableTelemetry: false),
            apiBase: Server.BaseAddress.ToString().TrimEnd('/'));

    /// <summary>A browser on the hosted checkout page, which does not follow redirects so the test sees where it is sent.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>
/// Receives the stand-in's webhooks: records each one and answers 200, except deliveries it was told to refuse; once
/// pointed at the portal, it hands each delivery on to it and answers what the portal answers.
/// </summary>
public sealed class WebhookReceiver : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<(string Body, string Signature)> _received = [];
    private readonly Dictionary<string, HttpStatusCode> _refusals = [];
    private readonly List<(string Body, HttpStatusCode Status)> _answers = [];
    private Func<HttpMessageHandler>? _portal;
    private Uri? _portalUrl;

    /// <summary>Every delivery is refused with 503, as if the portal were unreachable: the webhooks are lost.</summary>
    public bool RefuseAll { get; set; }

    private TaskCompletionSource _gate = CompletedGate();

    /// <summary>Holds every delivery (recorded, not yet answered) until <see cref="Release"/>: the webhook is late.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }

    /// <summary>Hands the deliveries on to the portal from now on (to its webhook address, when it listens on a real port).</summary>
    public void ForwardTo(Func<HttpMessageHandler> portal, Uri? webhookUrl = null)
    {
        _portal = portal;
        _portalUrl = webhookUrl;
    }

    /// <summary>Answers the next delivery about the object (an id in its body) with the status, once.</summary>
    public void RefuseNext(string about, HttpStatusCode status)
    {
        lock (_lock)
        {
            _refusals[about] = status;
        }
    }

    /// <summary>Waits until <paramref name="count"/> deliveries of the event type about the object arrive, and answers them.</summary>
    public async Task<IReadOnlyList<(string Body, string Signature)>> OfAsync(string type, string about, int count = 1)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            lock (_lock)
            {
                var matching = _received
                    .Where(r => r.Body.Contains($"\"type\":\"{type}\"", StringComparison.Ordinal) && r.Body.Contains(about, StringComparison.Ordinal))
                    .ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"No {count} × {type} webhook about {about} arrived.");
    }

    /// <summary>Waits until the portal has answered a delivery of the event type about the object with the status.</summary>
    public async Task AnsweredAsync(string type, string about, HttpStatusCode status)
    {
        for (var waited = 0; waited < 400; waited++)
        {
            lock (_lock)
            {
                if (_answers.Any(a => a.Status == status && a.Body.Contains($"\"type\":\"{type}\"", StringComparison.Ordinal) && a.Body.Contains(about, StringComparison.Ordinal)))
                {
                    return;
                }
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"The portal never answered {(int)status} to {type} about {about}.");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var signature = request.Headers.GetValues(WebhookSigner.Header).Single();
        lock (_lock)
        {
            _received.Add((body, signature));
            var refused = _refusals.Keys.FirstOrDefault(about => body.Contains(about, StringComparison.Ordinal));
            if (refused is not null && _refusals.Remove(refused, out var status))
            {
                return new HttpResponseMessage(status);
            }
        }
        await _gate.Task.WaitAsync(cancellationToken);
        if (RefuseAll)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
        if (_portal is null)
        {
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
        using var portal = new HttpMessageInvoker(_portal(), disposeHandler: true);
        using var forwarded = new HttpRequestMessage(HttpMethod.Post, _portalUrl ?? request.RequestUri) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        forwarded.Headers.Add(WebhookSigner.Header, signature);
        var answer = await portal.SendAsync(forwarded, cancellationToken);
        lock (_lock)
        {
            _answers.Add((body, answer.StatusCode));
        }
        return new HttpResponseMessage(answer.StatusCode);
    }
}
