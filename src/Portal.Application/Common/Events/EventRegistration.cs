using Microsoft.Extensions.DependencyInjection;

namespace Portal.Application.Common.Events;

public static class EventRegistration
{
    /// <summary>
    /// The dispatcher, the actor of the unit of work, and every event handler by convention: each public class of the
    /// project that handles events (<see cref="IHandles{TEvent}"/>) answers for each event type it handles, as the one
    /// instance of the scope that <c>AddApplication</c> registered.
    /// </summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.AddScoped<Acting>();
        services.AddScoped<DomainEventDispatcher>();
        foreach (var handler in typeof(EventRegistration).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var handles in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandles<>)))
            {
                services.AddScoped(handles, sp => sp.GetRequiredService(handler));
            }
        }
        return services;
    }
}
