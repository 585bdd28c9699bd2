using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Application.Common.Events;

public static class EventRegistration
{
    /// <summary>
    /// The dispatcher, the actor of the unit of work, and every event handler of this project by convention: a class
    /// that handles several events is one service per unit of work, reached through each <see cref="IHandles{TEvent}"/> it implements.
    /// </summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.AddScoped<Acting>();
        services.AddScoped<DomainEventDispatcher>();
        foreach (var handler in typeof(EventRegistration).Assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var handles in HandledBy(handler))
            {
                services.TryAddScoped(handler);
                services.AddScoped(handles, sp => sp.GetRequiredService(handler));
            }
        }
        return services;
    }

    private static IEnumerable<Type> HandledBy(Type handler) =>
        handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandles<>));
}
