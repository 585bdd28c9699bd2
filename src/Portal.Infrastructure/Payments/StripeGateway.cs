using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Application.Payments;
using Portal.Domain.Common;
using Stripe;
using Stripe.Checkout;
using CheckoutSession = Portal.Application.Payments.CheckoutSession;

namespace Portal.Infrastructure.Payments;

/// <summary>
/// Stripe through Stripe.net: Checkout Sessions in payment mode, refunds, and events read from signed webhooks. The same
/// code talks to Stripe or, with an API base set, to the local stand-in.
/// </summary>
public sealed class StripeGateway(IOptions<StripeOptions> options, IHttpClientFactory clients, TimeProvider clock) : IPaymentGateway
{
    public const string HttpClientName = "stripe";

    public bool TakesCards => options.Value.IsConfigured;

    public bool IsTestMode => options.Value.IsTestMode;

    public Uri? CheckoutOrigin => !TakesCards ? null
        : new Uri(new Uri(options.Value.CheckoutOrigin ?? (string.IsNullOrWhiteSpace(options.Value.ApiBase) ? "https://checkout.stripe.com" : options.Value.ApiBase)).GetLeftPart(UriPartial.Authority));

    public Task<CheckoutSession> OpenCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken = default) => CallAsync(async client =>
    {
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Amount.Currency.ToLowerInvariant(),
                        UnitAmount = request.Amount.MinorUnits,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
            ClientReferenceId = request.Reference,
            Metadata = new Dictionary<string, string>(request.Metadata),
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(request.Metadata) },
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
        };
        var session = await new SessionService(client).CreateAsync(create, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return ToSession(session);
    }, cancellationToken);

    /// <summary>A session Stripe does not know (never the case with Stripe itself, but with a stand-in that was restarted) counts as expired.</summary>
    public async Task<CheckoutSession> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await CallAsync(async client => ToSession(await new SessionService(client).GetAsync(sessionId, cancellationToken: cancellationToken)), cancellationToken);
        }
        catch (PaymentProviderException missing) when (missing.NotFound)
        {
            return new CheckoutSession(sessionId, string.Empty, CheckoutStatus.Expired, false, new Money(0, string.Empty), null, null);
        }
    }

    public Task ExpireCheckoutAsync(string sessionId, CancellationToken cancellationToken = default) => CallAsync(async client =>
        await new SessionService(client).ExpireAsync(sessionId, null, new RequestOptions { IdempotencyKey = $"expire-{sessionId}" }, cancellationToken),
        cancellationToken);

    public Task<bool> PaymentFailedAsync(string paymentIntentId, CancellationToken cancellationToken = default) => CallAsync(async client =>
        (await new PaymentIntentService(client).GetAsync(paymentIntentId, cancellationToken: cancellationToken)).Status == "requires_payment_method",
        cancellationToken);

    public Task<string> RefundAsync(string paymentIntentId, Money amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        CallAsync(async client =>
        {
            var refund = await new RefundService(client).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amount.MinorUnits },
                new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
            return refund.Id;
        }, cancellationToken);

    public PaymentEvent ReadEvent(string body, string? signature)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(signature))
        {
            throw new InvalidPaymentEventException("No signature, or no webhook secret configured.");
        }
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(body, signature, secret, (long)options.Value.WebhookTolerance.TotalSeconds,
                clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException refused)
        {
            throw new InvalidPaymentEventException(refused.Message, refused);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            throw new InvalidPaymentEventException("The body is not an event.", unreadable);
        }
        return stripeEvent.Data.Object switch
        {
            Session session => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, session.Id, session.PaymentIntentId, DepositIdIn(session.Metadata)),
            PaymentIntent intent => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, intent.Id, intent.Id, DepositIdIn(intent.Metadata)),
            Charge charge => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, charge.Id, charge.PaymentIntentId, DepositIdIn(charge.Metadata)),
            IHasId other => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, other.Id, null, null),
            _ => new PaymentEvent(stripeEvent.Id, stripeEvent.Type, string.Empty, null, null),
        };
    }

    private static CheckoutSession ToSession(Session session) => new(
        session.Id,
        session.Url ?? string.Empty,
        session.Status switch { "complete" => CheckoutStatus.Complete, "expired" => CheckoutStatus.Expired, _ => CheckoutStatus.Open },
        session.PaymentStatus == "paid",
        new Money(session.AmountTotal ?? 0, (session.Currency ?? string.Empty).ToUpperInvariant()),
        session.PaymentIntentId,
        DepositIdIn(session.Metadata));

    private static int? DepositIdIn(IDictionary<string, string>? metadata) =>
        metadata?.TryGetValue("deposit_id", out var text) == true && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Makes the call with a client of the configured key and base; a provider that fails, refuses or is too slow is a <see cref="PaymentProviderException"/>.</summary>
    private async Task<T> CallAsync<T>(Func<StripeClient, Task<T>> call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw new PaymentProviderException("Card payments are not set up on this portal.");
        }
        var http = clients.CreateClient(HttpClientName);
        http.Timeout = settings.Timeout;
        var client = new StripeClient(settings.SecretKey, httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 0, appInfo: null, enableTelemetry: false),
            apiBase: string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase.TrimEnd('/'));
        try
        {
            return await call(client);
        }
        catch (StripeException refused)
        {
            throw new PaymentProviderException($"The payment provider refused: {refused.StripeError?.Message ?? refused.Message}", refused,
                notFound: refused.HttpStatusCode == System.Net.HttpStatusCode.NotFound);
        }
        catch (Exception failed) when (failed is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PaymentProviderException("The payment provider could not be reached or did not answer in time. Nothing was charged or changed; try again in a few minutes.", failed);
        }
    }

    private async Task CallAsync(Func<StripeClient, Task> call, CancellationToken cancellationToken) =>
        await CallAsync(async client =>
        {
            await call(client);
            return true;
        }, cancellationToken);
}
