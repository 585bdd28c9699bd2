using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Application.Common.Events;

public static class EventRegistration
{
    /// <summary>
    /// The dispatcher, the actor of the unit of work, and every event handler of this project by convention: each
    /// <see cref="IHandles{TEvent}"/> a class implements is answered by the one instance of the class in the scope.
    /// </summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.AddScoped<Acting>();
        services.AddScoped<DomainEventDispatcher>();
        var handlers = typeof(EventRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(IsHandles).Select(handles => (Handler: t, Handles: handles)));
        foreach (var (handler, handles) in handlers)
        {
            services.TryAddScoped(handler);
            services.AddScoped(handles, sp => sp.GetRequiredService(handler));
        }
        return services;
    }

    private static bool IsHandles(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IHandles<>);
}
