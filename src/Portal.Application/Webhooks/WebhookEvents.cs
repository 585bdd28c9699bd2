using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>
/// Raises an event for the webhook endpoints of the organization it concerns: one delivery per subscribed endpoint,
/// added to the caller's unit of work so that it is saved in the same transaction as the change itself (an outbox).
/// The payload is written now, from the data as it is now: <c>{ "id", "type", "created", "data" }</c>.
/// </summary>
public sealed class WebhookEvents(IPortalDb db, VendorProfile vendor, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task QuoteIssuedAsync(Quote quote, CancellationToken cancellationToken) =>
        RaiseAsync(quote.OrganizationId, WebhookEventTypes.QuoteIssued, DataOf(quote), cancellationToken);

    public Task QuoteAwaitingApprovalAsync(Quote quote, CancellationToken cancellationToken) =>
        RaiseAsync(quote.OrganizationId, WebhookEventTypes.QuoteAwaitingApproval, DataOf(quote), cancellationToken);

    public Task QuoteAcceptedAsync(Quote quote, CancellationToken cancellationToken) =>
        RaiseAsync(quote.OrganizationId, WebhookEventTypes.QuoteAccepted, DataOf(quote), cancellationToken);

    public Task QuoteExpiredAsync(Quote quote, CancellationToken cancellationToken) =>
        RaiseAsync(quote.OrganizationId, WebhookEventTypes.QuoteExpired, DataOf(quote), cancellationToken);

    /// <summary>A message on the quote's conversation, with its files named (they are read through the API).</summary>
    public Task MessagePostedAsync(QuoteMessage message, Quote quote, CancellationToken cancellationToken) =>
        RaiseAsync(quote.OrganizationId, WebhookEventTypes.QuoteMessagePosted,
            new MessageData(message.Id, quote.Id, quote.Number, message.AuthorName, message.FromStaff, message.Text, message.PostedUtc,
                message.Attachments.Select(a => new MessageFileData(a.FileName, a.ContentType, a.Size)).ToList()),
            cancellationToken);

    /// <summary>The entry as offered, with its product loaded.</summary>
    public Task OfferMadeAsync(WaitlistEntry entry, CancellationToken cancellationToken) =>
        RaiseAsync(entry.OrganizationId, WebhookEventTypes.OfferMade,
            new OfferData(entry.Id, entry.ProductId, entry.Product?.Sku, entry.Product?.Name, entry.OfferedQuarter?.ToString(),
                entry.OfferedUnits, entry.Quantity, entry.OfferExpiresUtc),
            cancellationToken);

    /// <param name="quote">The quote it is a deposit on (null for a reservation's).</param>
    public Task DepositConfirmedAsync(Deposit deposit, Quote? quote, CancellationToken cancellationToken) =>
        RaiseAsync(deposit.OrganizationId, WebhookEventTypes.DepositConfirmed,
            new DepositData(deposit.Id, deposit.Reference, deposit.Amount.Major, deposit.Currency, deposit.Method.ToString(), deposit.PaidUtc,
                quote?.Id, quote?.Number, deposit.WaitlistEntryId),
            cancellationToken);

    private QuoteData DataOf(Quote quote) =>
        new(quote.Id, quote.Number, quote.Revision, quote.Status.ToString(),
            quote.IssuedTotalMinorUnits is { } total ? new Money(total, vendor.Currency).Major : null, vendor.Currency, quote.ValidUntilUtc);

    private async Task RaiseAsync(int organizationId, string type, object data, CancellationToken cancellationToken)
    {
        var endpoints = (await db.WebhookEndpoints.AsNoTracking().Where(e => e.OrganizationId == organizationId && e.DisabledUtc == null).ToListAsync(cancellationToken))
            .Where(e => e.Subscribes(type)).ToList();
        if (endpoints.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var eventId = $"evt_{Guid.NewGuid():N}";
        var payload = JsonSerializer.Serialize(new { id = eventId, type, created = now, data }, Json);
        endpoints.ForEach(endpoint => db.WebhookDeliveries.Add(new WebhookDelivery(endpoint.Id, eventId, type, payload, now)));
    }

    private sealed record QuoteData(int Id, string? Number, int Revision, string Status, decimal? Total, string Currency, DateTime? ValidUntil);

    private sealed record MessageData(int Id, int QuoteId, string? QuoteNumber, string Author, bool FromStaff, string Text, DateTime PostedAt,
        IReadOnlyList<MessageFileData> Attachments);

    private sealed record MessageFileData(string FileName, string ContentType, int Size);

    private sealed record OfferData(int EntryId, int ProductId, string? Sku, string? Product, string? Quarter, int? Units, int UnitsWanted, DateTime? ExpiresAt);

    private sealed record DepositData(int Id, string Reference, decimal Amount, string Currency, string Method, DateTime? PaidAt,
        int? QuoteId, string? QuoteNumber, int? WaitlistEntryId);
}
