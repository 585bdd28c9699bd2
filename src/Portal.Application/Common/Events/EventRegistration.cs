using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Quotes.Events;
using Portal.Application.Waitlist.Events;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;

namespace Portal.Application.Common.Events;

public static class EventRegistration
{
    /// <summary>The dispatcher, the actor of the unit of work, and every event handler.</summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.AddScoped<Acting>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<IHandles<QuoteEvent>, QuoteAuditTrail>();
        services.AddScoped<IHandles<QuoteEvent>, QuoteMails>();
        services.AddScoped<QuoteWebhooks>();
        services.AddScoped<IHandles<QuoteIssued>>(sp => sp.GetRequiredService<QuoteWebhooks>());
        services.AddScoped<IHandles<QuoteExpired>>(sp => sp.GetRequiredService<QuoteWebhooks>());
        services.AddScoped<IHandles<WaitlistEvent>, WaitlistAuditTrail>();
        services.AddScoped<IHandles<WaitlistEvent>, WaitlistMails>();
        services.AddScoped<IHandles<OfferMade>, WaitlistWebhooks>();
        return services;
    }
}
