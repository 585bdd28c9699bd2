using FluentValidation;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.AddWebhookEndpoint;

/// <summary>The events chosen; the URL is checked by <see cref="IWebhookAddresses"/>, which looks its host up.</summary>
public sealed class AddWebhookEndpointValidator : AbstractValidator<AddWebhookEndpointCommand>
{
    public AddWebhookEndpointValidator() =>
        RuleFor(c => c.Events).Must(events => events is not null && events.Any(WebhookEventTypes.IsKnown))
            .WithMessage("Choose at least one event to send.");
}
