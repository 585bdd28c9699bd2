using Portal.Domain.Common;

namespace Portal.Application.Payments;

/// <summary>
/// The card payment provider (Stripe, or the local stand-in that speaks its API): checkout sessions, refunds and
/// its signed events. Every call that changes something carries an idempotency key, so a retry never pays or refunds
/// twice. A provider that cannot be reached, answers too slowly or refuses throws <see cref="PaymentProviderException"/>.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Cards are taken: a provider is configured. Without one, deposits go to bank transfer.</summary>
    bool TakesCards { get; }

    /// <summary>The provider runs in test mode (a test key, or the stand-in): no money moves, and the pages say so.</summary>
    bool IsTestMode { get; }

    /// <summary>Where the provider's checkout pages are, so that the deposit page may send its form there.</summary>
    Uri? CheckoutOrigin { get; }

    Task<CheckoutSession> OpenCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>The session as the provider sees it now; one it does not know counts as expired.</summary>
    Task<CheckoutSession> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken = default);

    Task ExpireCheckoutAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Whether the payment's last attempt failed and it waits for another payment method.</summary>
    Task<bool> PaymentFailedAsync(string paymentIntentId, CancellationToken cancellationToken = default);

    /// <summary>Refunds a payment in full; answers the refund's id.</summary>
    Task<string> RefundAsync(string paymentIntentId, Money amount, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Reads an event from a webhook's raw body after checking its signature and age; throws <see cref="InvalidPaymentEventException"/>.</summary>
    PaymentEvent ReadEvent(string body, string? signature);
}

/// <summary>What a checkout session asks the payer for, and where the payer goes back to.</summary>
public sealed record CheckoutRequest(
    int DepositId,
    string Reference,
    string Description,
    Money Amount,
    IReadOnlyDictionary<string, string> Metadata,
    string SuccessUrl,
    string CancelUrl,
    string IdempotencyKey);

public enum CheckoutStatus
{
    Open,
    Complete,
    Expired,
}

/// <summary>A checkout session as the provider sees it now.</summary>
public sealed record CheckoutSession(string Id, string Url, CheckoutStatus Status, bool IsPaid, Money Amount, string? PaymentIntentId, int? DepositId);

/// <summary>A verified event: its id, its type, the object it is about (a session, a payment, a charge) and the deposit its metadata names.</summary>
public sealed record PaymentEvent(string Id, string Type, string ObjectId, string? PaymentIntentId, int? DepositId)
{
    public const string CheckoutCompleted = "checkout.session.completed";
    public const string CheckoutExpired = "checkout.session.expired";
    public const string PaymentFailed = "payment_intent.payment_failed";
    public const string ChargeRefunded = "charge.refunded";
}

/// <summary>The provider could not be reached, answered too slowly, or refused; nothing was changed on our side.</summary>
public sealed class PaymentProviderException(string message, Exception? inner = null, bool notFound = false) : Exception(message, inner)
{
    /// <summary>The provider does not know the object asked for (a session of a stand-in that was restarted, say).</summary>
    public bool NotFound { get; } = notFound;
}

/// <summary>A webhook whose signature does not verify, whose timestamp is too old, or whose body is not an event.</summary>
public sealed class InvalidPaymentEventException(string message, Exception? inner = null) : Exception(message, inner);
