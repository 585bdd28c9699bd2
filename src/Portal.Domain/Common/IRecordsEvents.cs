namespace Portal.Domain.Common;

/// <summary>
/// An aggregate that records what happens to it; the unit of work takes the events when it saves and turns them into
/// their side effects in the same transaction. Taking them empties the record, so that no event is handled twice.
/// </summary>
public interface IRecordsEvents
{
    /// <summary>Whether it recorded events not yet taken.</summary>
    bool HasEvents { get; }

    IReadOnlyList<IDomainEvent> TakeEvents();
}
