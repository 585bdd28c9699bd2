using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// The sender's connection was not made because of where it led: the message says why, in the words an endpoint's
/// form would; <see cref="Outcome"/> is all that the delivery log records (see <see cref="WebhookOutcome"/>).
/// </summary>
public sealed class WebhookAddressRefused(string problem, string outcome) : Exception(problem)
{
    public string Outcome { get; } = outcome;
}
