using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Common;

namespace Portal.Application.Common.Events;

/// <summary>
/// Runs every handler of an event: the handlers of its own type first, then those of each type it derives from. The
/// unit of work calls it when it saves, for each event its aggregates recorded.
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, (Type Handler, MethodInfo Handle)[]> Handlers = new();

    public async Task DispatchAsync(IDomainEvent happened, CancellationToken cancellationToken)
    {
        foreach (var (handlerType, handle) in Handlers.GetOrAdd(happened.GetType(), HandlersOf))
        {
            foreach (var handler in services.GetServices(handlerType))
            {
                // Unwrapped, a handler's refusal (a DomainException from the step it takes) reaches the use case as itself.
                await (Task)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [happened, cancellationToken], null)!;
            }
        }
    }

    private static (Type, MethodInfo)[] HandlersOf(Type eventType)
    {
        var found = new List<(Type, MethodInfo)>();
        for (var type = eventType; type is not null && typeof(IDomainEvent).IsAssignableFrom(type); type = type.BaseType)
        {
            var handler = typeof(IHandles<>).MakeGenericType(type);
            found.Add((handler, handler.GetMethod(nameof(IHandles<IDomainEvent>.HandleAsync))!));
        }
        return [.. found];
    }
}
