using Portal.Domain.Common;

namespace Portal.Domain.Waitlist;

/// <summary>
/// Something that happened to a waitlist entry, recorded by the method that did it: the entry as it is after the step,
/// the state it left and when. Saving the entry turns the event into its audit row, its mail and its webhook deliveries.
/// </summary>
public abstract record WaitlistEvent(WaitlistEntry Entry, WaitlistStatus From, DateTime OccurredUtc) : IDomainEvent
{
    /// <summary>The state the step led to.</summary>
    public WaitlistStatus To { get; } = Entry.Status;
}

/// <summary>The entry took its place in line (a reservation with its deposit due).</summary>
public sealed record WaitlistJoined(WaitlistEntry Entry, DateTime OccurredUtc, WaitlistPlace Place)
    : WaitlistEvent(Entry, WaitlistStatus.Waiting, OccurredUtc);

public sealed record QuantityChanged(WaitlistEntry Entry, DateTime OccurredUtc, int FromQuantity)
    : WaitlistEvent(Entry, Entry.Status, OccurredUtc);

/// <summary>An admin put the entry at another place in its line, for a reason.</summary>
public sealed record EntryMoved(WaitlistEntry Entry, DateTime OccurredUtc, PlaceInLine FromPlace, PlaceInLine ToPlace, string Reason)
    : WaitlistEvent(Entry, Entry.Status, OccurredUtc);

/// <summary>Other steps moved the entry by more than <see cref="WaitlistEntry.NoticeablePlaces"/> places in its line.</summary>
public sealed record PlaceChanged(WaitlistEntry Entry, DateTime OccurredUtc, int FromPosition, int ToPosition)
    : WaitlistEvent(Entry, Entry.Status, OccurredUtc);

public sealed record LeftWaitlist(WaitlistEntry Entry, WaitlistStatus From, DateTime OccurredUtc) : WaitlistEvent(Entry, From, OccurredUtc);

/// <summary>Free supply was offered to the entry: the units are held for it until the offer expires.</summary>
public sealed record OfferMade(WaitlistEntry Entry, DateTime OccurredUtc) : WaitlistEvent(Entry, WaitlistStatus.Waiting, OccurredUtc);

/// <summary>The customer took the offer: it became the quote request named.</summary>
public sealed record OfferAccepted(WaitlistEntry Entry, DateTime OccurredUtc, string QuoteNumber) : WaitlistEvent(Entry, WaitlistStatus.Offered, OccurredUtc);

public sealed record OfferDeclined(WaitlistEntry Entry, DateTime OccurredUtc) : WaitlistEvent(Entry, WaitlistStatus.Offered, OccurredUtc);

public sealed record OfferExpired(WaitlistEntry Entry, DateTime OccurredUtc) : WaitlistEvent(Entry, WaitlistStatus.Offered, OccurredUtc);

/// <summary>A place in a line of a given length, as the audit log says it.</summary>
public sealed record PlaceInLine(int Position, int LineLength)
{
    public override string ToString() => System.FormattableString.Invariant($"place {Position} of {LineLength}");
}
