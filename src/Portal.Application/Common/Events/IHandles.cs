using Portal.Domain.Common;

namespace Portal.Application.Common.Events;

/// <summary>
/// Turns an event into what must follow from it (an audit row, a mail, a webhook delivery), added to the unit of work
/// that is being saved, so that it is committed with the change or not at all. A handler of a base type (such as
/// every quote event) hears each of its kinds. A handler adds; it never saves.
/// </summary>
public interface IHandles<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent happened, CancellationToken cancellationToken);
}
