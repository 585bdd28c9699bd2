namespace Portal.Infrastructure.Payments;

/// <summary>
/// How the portal reaches Stripe (Payments:Stripe): the secret key and the webhook signing secret, from configuration
/// or environment only; an API base for the local stand-in; how long a call may take. With no secret key the portal
/// takes no cards and asks for bank transfers.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Where Stripe's API is: empty for Stripe itself, or the stand-in's address.</summary>
    public string? ApiBase { get; set; }

    /// <summary>Where the hosted checkout pages are: Stripe's, or the stand-in's (its API base) unless set.</summary>
    public string? CheckoutOrigin { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How old a webhook's signed timestamp may be.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);

    public bool IsTestMode => SecretKey?.StartsWith("sk_test_", StringComparison.Ordinal) == true;
}
