using System.Globalization;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Auditing;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Events;

/// <summary>Writes each waitlist event's audit row, at the time of the step, for the actor of the unit of work.</summary>
public sealed class WaitlistAuditTrail(IPortalDb db, Acting acting) : IHandles<WaitlistEvent>
{
    public Task HandleAsync(WaitlistEvent happened, CancellationToken cancellationToken)
    {
        if (RowOf(happened) is { } row)
        {
            db.Record(happened.OccurredUtc, acting.Actor, happened.Entry, row.Action, row.From, row.To, row.Reason);
        }
        return Task.CompletedTask;
    }

    private static (AuditAction Action, string? From, string? To, string? Reason)? RowOf(WaitlistEvent happened)
    {
        var (entry, from, to) = (happened.Entry, happened.From.ToString(), happened.To.ToString());
        return happened switch
        {
            WaitlistJoined => (WaitlistAudit.Joined, null, Invariant($"{entry.Quantity} units, {entry.QuarterWanted}"), null),
            QuantityChanged changed => (WaitlistAudit.QuantityChanged, Invariant($"{changed.FromQuantity}"), Invariant($"{entry.Quantity}"), null),
            EntryMoved moved => (WaitlistAudit.Moved, moved.FromPlace.ToString(), moved.ToPlace.ToString(), moved.Reason),
            LeftWaitlist => (WaitlistAudit.Left, from, to, null),
            OfferMade => (WaitlistAudit.Offered, from, to, Invariant($"{entry.OfferedUnits} units in {entry.OfferedQuarter}")),
            OfferAccepted accepted => (WaitlistAudit.OfferAccepted, from, to, $"Quote request {accepted.QuoteNumber}"),
            OfferDeclined => (WaitlistAudit.OfferDeclined, from, to, null),
            OfferExpired => (WaitlistAudit.OfferExpired, from, to, null),
            // A notice to the entry's owner that the line moved it: the step that moved it is audited on its own entry.
            PlaceChanged => null,
            _ => throw new InvalidOperationException($"No audit row is defined for {happened.GetType().Name}."),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
