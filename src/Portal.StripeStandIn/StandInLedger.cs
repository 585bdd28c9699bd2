using System.Security.Cryptography;
using Stripe;

namespace Portal.StripeStandIn;

/// <summary>
/// Everything the stand-in knows, in memory: checkout sessions, payment intents, refunds and the events they raised.
/// Each change raises its event and hands it to the webhook dispatcher. One lock keeps it consistent.
/// </summary>
public sealed class StandInLedger(WebhookDispatcher webhooks, TimeProvider clock)
{
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(24);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, CheckoutSession> _sessions = [];
    private readonly Dictionary<string, PaymentIntent> _intents = [];
    private readonly Dictionary<string, StripeEvent> _events = [];

    public CheckoutSession CreateSession(long amount, string currency, string successUrl, string? cancelUrl, string? clientReferenceId,
        IReadOnlyDictionary<string, string> metadata, string publicUrl)
    {
        var id = NewId("cs_test");
        var session = new CheckoutSession(id, amount, currency, "open", "unpaid", null, $"{publicUrl.TrimEnd('/')}/checkout/{id}", successUrl, cancelUrl,
            clientReferenceId, metadata, Now, Now + (long)SessionLifetime.TotalSeconds);
        lock (_lock)
        {
            _sessions[id] = session;
        }
        return session;
    }

    public CheckoutSession? Session(string id)
    {
        lock (_lock)
        {
            return _sessions.GetValueOrDefault(id);
        }
    }

    public PaymentIntent? Intent(string id)
    {
        lock (_lock)
        {
            return _intents.GetValueOrDefault(id);
        }
    }

    public StripeEvent? Event(string id)
    {
        lock (_lock)
        {
            return _events.GetValueOrDefault(id);
        }
    }

    /// <summary>The events of a type (all when none), newest first, at most <paramref name="limit"/>, as Stripe lists them.</summary>
    public IReadOnlyList<StripeEvent> Events(string? type, int limit)
    {
        lock (_lock)
        {
            return _events.Values.Where(e => type is null || e.Type == type).OrderByDescending(e => e.Created).ThenByDescending(e => e.Id)
                .Take(limit).ToList();
        }
    }

    /// <summary>The payer pays on the hosted page: the session completes with a succeeded payment intent.</summary>
    public CheckoutSession Pay(string sessionId) => Change(sessionId, session =>
    {
        var intent = new PaymentIntent(session.PaymentIntent ?? NewId("pi_test"), session.AmountTotal, session.Currency, "succeeded",
            session.Metadata, Now, NewId("ch_test"));
        _intents[intent.Id] = intent;
        var paid = session with { Status = "complete", PaymentStatus = "paid", PaymentIntent = intent.Id };
        return (paid, "checkout.session.completed", paid);
    });

    /// <summary>The payer's card is declined: the session stays open for another try.</summary>
    public CheckoutSession Fail(string sessionId) => Change(sessionId, session =>
    {
        var intent = new PaymentIntent(session.PaymentIntent ?? NewId("pi_test"), session.AmountTotal, session.Currency, "requires_payment_method",
            session.Metadata, Now, null);
        _intents[intent.Id] = intent;
        return (session with { PaymentIntent = intent.Id }, "payment_intent.payment_failed", intent);
    });

    public CheckoutSession Expire(string sessionId) => Change(sessionId, session =>
    {
        var expired = session with { Status = "expired" };
        return (expired, "checkout.session.expired", expired);
    });

    /// <summary>Refunds a succeeded payment intent, whole or in part; answers null when there is no such payment to refund.</summary>
    public Refund? RefundPayment(string intentId, long? amount)
    {
        lock (_lock)
        {
            var intent = _intents.GetValueOrDefault(intentId);
            var refunded = amount ?? intent?.Amount ?? 0;
            if (intent is not { Status: "succeeded" } || refunded <= 0 || refunded > intent.Amount)
            {
                return null;
            }
            var refund = new Refund(NewId("re_test"), refunded, intent.Currency, intent.Id, "succeeded", Now);
            var charge = new Charge(intent.LatestCharge!, intent.Amount, refunded, intent.Currency, intent.Id, refunded == intent.Amount, intent.Created);
            Raise("charge.refunded", charge);
            return refund;
        }
    }

    private CheckoutSession Change(string sessionId, Func<CheckoutSession, (CheckoutSession Changed, string EventType, object Subject)> change)
    {
        lock (_lock)
        {
            var session = _sessions.GetValueOrDefault(sessionId) ?? throw new StandInException(404, "resource_missing", $"No such checkout.session: '{sessionId}'");
            if (session.Status != "open")
            {
                throw new StandInException(400, "invalid_request_error", $"This Checkout Session is {session.Status} and can no longer be changed.");
            }
            var (changed, type, subject) = change(session);
            _sessions[sessionId] = changed;
            Raise(type, subject);
            return changed;
        }
    }

    private void Raise(string type, object subject)
    {
        var stripeEvent = new StripeEvent(NewId("evt_test"), type, StripeConfiguration.ApiVersion, Now, new EventData(subject));
        _events[stripeEvent.Id] = stripeEvent;
        webhooks.Send(stripeEvent);
    }

    private long Now => clock.GetUtcNow().ToUnixTimeSeconds();

    private static string NewId(string prefix) => $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
}

/// <summary>A refusal in Stripe's terms: an HTTP status, an error type and a message.</summary>
public sealed class StandInException(int status, string type, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;
}
