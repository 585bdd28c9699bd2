using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Events;

/// <summary>
/// One mail per waitlist event the entry's owner must hear of, to the person who put it on the line: their place on
/// joining and when the line moved them, an offer, its lapse. Their own answers and an admin's move send none. A
/// reservation's deposit asked for on joining goes to the company's Finance people, with its invoice.
/// </summary>
public sealed class WaitlistMails(IPortalDb db, WaitlistMail mail) : IHandles<WaitlistEvent>
{
    public Task HandleAsync(WaitlistEvent happened, CancellationToken cancellationToken) => happened switch
    {
        WaitlistJoined joined => JoinedAsync(joined, cancellationToken),
        PlaceChanged changed => PlaceChangedAsync(changed, cancellationToken),
        OfferMade offer => OfferMadeAsync(offer.Entry, cancellationToken),
        OfferExpired expired => OfferExpiredAsync(expired.Entry, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task JoinedAsync(WaitlistJoined joined, CancellationToken cancellationToken)
    {
        var (entry, place) = (joined.Entry, joined.Place);
        var product = await ProductOfAsync(entry, cancellationToken);
        var organization = await db.Organizations.Where(o => o.Id == entry.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var reserved = entry.Deposit is { } amount
            ? $" It is a reservation: a refundable deposit of {amount} secures it, and secured reservations are offered supply first, in the order they were made. Your company's Finance people pay it on the waitlist page in the portal."
            : "";
        await mail.ToJoinerAsync(entry, entry.IsReservation ? $"Your reservation of {product}" : $"You are on the waitlist for {product}",
            Invariant($"{organization} now waits for {entry.Quantity} × {product} in {entry.QuarterWanted}. You are number {place.Position} in line, with {place.QuantityAhead} units ahead of you. We offer you supply as soon as it comes free.{reserved}\n"),
            cancellationToken);
        // The deposit the join asked for is in the same unit of work: whoever pays it gets its invoice, as for a quote's.
        if (db.Deposits.Local.SingleOrDefault(d => d.WaitlistEntryId == entry.Id) is { } deposit)
        {
            await mail.ToPayersAsync(entry, deposit, $"Deposit of {deposit.Amount} due on your reservation of {product}",
                Invariant($"{organization} reserved {entry.Quantity} × {product} for {entry.QuarterWanted}: a refundable deposit of {deposit.Amount} secures it (reference {deposit.Reference}). Its invoice is attached; pay it from the waitlist page.\n"),
                cancellationToken);
        }
    }

    private async Task PlaceChangedAsync(PlaceChanged changed, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(changed.Entry, cancellationToken);
        await mail.ToJoinerAsync(changed.Entry, $"Your place on the waitlist for {product} changed",
            $"your place in line for {changed.Entry.Quantity} × {product} moved from {changed.FromPosition} to {changed.ToPosition}.\n", cancellationToken);
    }

    private async Task OfferMadeAsync(WaitlistEntry entry, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(entry, cancellationToken);
        var part = entry.OfferedUnits < entry.Quantity ? $", part of the {entry.Quantity} you wait for" : "";
        await mail.ToJoinerAsync(entry, $"{entry.OfferedUnits} × {product} offered to you",
            Invariant($"supply has come free: we offer you {entry.OfferedUnits} × {product} for delivery in {entry.OfferedQuarter}{part}.\n\nThe units are held for you until {entry.OfferExpiresUtc:d MMMM yyyy HH:mm} UTC. Accept the offer to turn it into a quote request, or decline it to pass the units on.\n"),
            cancellationToken);
    }

    private async Task OfferExpiredAsync(WaitlistEntry entry, CancellationToken cancellationToken)
    {
        var product = await ProductOfAsync(entry, cancellationToken);
        await mail.ToJoinerAsync(entry, $"Your offer for {product} has expired",
            $"the {entry.OfferedUnits} × {product} offered to you were not taken by {entry.OfferExpiresUtc:d MMMM yyyy HH:mm} UTC and have passed to the next in line. Join the waitlist again if you still need them.\n",
            cancellationToken);
    }

    private async Task<string> ProductOfAsync(WaitlistEntry entry, CancellationToken cancellationToken) =>
        entry.Product?.Name ?? await db.Products.Where(p => p.Id == entry.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
