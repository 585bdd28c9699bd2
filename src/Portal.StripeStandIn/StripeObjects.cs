using System.Text.Json.Serialization;

namespace Portal.StripeStandIn;

/// <summary>A Checkout Session as Stripe's API returns it (the fields the portal and Stripe.net read).</summary>
public sealed record CheckoutSession(
    string Id,
    long AmountTotal,
    string Currency,
    string Status,
    string PaymentStatus,
    string? PaymentIntent,
    string Url,
    string SuccessUrl,
    string? CancelUrl,
    string? ClientReferenceId,
    IReadOnlyDictionary<string, string> Metadata,
    long Created,
    long ExpiresAt)
{
    public string Object => "checkout.session";
    public string Mode => "payment";
    public bool Livemode => false;
}

/// <summary>A PaymentIntent as Stripe's API returns it.</summary>
public sealed record PaymentIntent(string Id, long Amount, string Currency, string Status, IReadOnlyDictionary<string, string> Metadata, long Created, string? LatestCharge)
{
    public string Object => "payment_intent";
    public bool Livemode => false;
}

/// <summary>A charge, as a charge.refunded event carries it.</summary>
public sealed record Charge(string Id, long Amount, long AmountRefunded, string Currency, string PaymentIntent, bool Refunded, long Created)
{
    public string Object => "charge";
    public bool Livemode => false;
}

/// <summary>A refund as Stripe's API returns it.</summary>
public sealed record Refund(string Id, long Amount, string Currency, string PaymentIntent, string Status, long Created)
{
    public string Object => "refund";
}

/// <summary>An event: what happened, with the object as it stood then.</summary>
public sealed record StripeEvent(string Id, string Type, string ApiVersion, long Created, EventData Data)
{
    public string Object => "event";
    public bool Livemode => false;
    public int PendingWebhooks => 1;
}

/// <summary>A list of events, as Stripe's list endpoints answer (one page: the stand-in does not page).</summary>
public sealed record EventList(IReadOnlyList<StripeEvent> Data, string Url)
{
    public string Object => "list";
    public bool HasMore => false;
}

public sealed record EventData([property: JsonPropertyName("object")] object Object);

/// <summary>Stripe's error body: <c>{"error": {"type": ..., "message": ...}}</c>.</summary>
public sealed record StripeError(ErrorBody Error);

public sealed record ErrorBody(string Type, string Message, string? Param = null);
