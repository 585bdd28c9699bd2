using Portal.Domain.Common;

namespace Portal.Domain.Payments;

/// <summary>
/// A payment provider's event the portal has handled, stored by the provider's event id in the same transaction as its
/// effect: the same event delivered again finds its row and has no second effect.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class ProcessedPaymentEvent
{
    public const int IdMaxLength = 255;
    public const int TypeMaxLength = 100;
    public const int OutcomeMaxLength = 500;

    private ProcessedPaymentEvent()
    {
        Id = string.Empty;
        Type = string.Empty;
        Outcome = string.Empty;
    }

    public ProcessedPaymentEvent(string id, string type, string outcome, DateTime receivedUtc)
    {
        Id = id;
        Type = type;
        Outcome = outcome.Length > OutcomeMaxLength ? outcome[..OutcomeMaxLength] : outcome;
        ReceivedUtc = receivedUtc;
    }

    public string Id { get; private set; }
    public string Type { get; private set; }

    /// <summary>What the event did, in words, for whoever looks into a payment later.</summary>
    public string Outcome { get; private set; }

    public DateTime ReceivedUtc { get; private set; }
}
