using Portal.Application.Common;
using Portal.Application.Waitlist;
using Portal.Domain.Waitlist;

namespace Portal.Web.Api;

/// <summary>A company's waitlist entries as on its waitlist page: each with its place in line, estimate and any open offer.</summary>
public sealed class ApiWaitlist(WaitlistQueries queries)
{
    public async Task<IReadOnlyList<ApiWaitlistEntry>> ListAsync(Actor actor, CancellationToken cancellationToken = default) =>
        (await queries.MineAsync(actor, cancellationToken)).Select(ApiWaitlistEntry.Of).ToList();

    public async Task<ApiWaitlistEntry> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        (await ListAsync(actor, cancellationToken)).SingleOrDefault(e => e.Id == id) ?? throw new NotFoundException("The waitlist entry");
}

/// <param name="Quarter">The quarter waited for; null for the earliest with supply.</param>
/// <param name="Position">The place in line (1 is next), while waiting or offered.</param>
/// <param name="EstimatedQuarter">When the units are likely to be offered, from the supply not yet taken.</param>
/// <param name="Offer">The open offer, while there is one.</param>
/// <param name="QuoteId">The quote request made from an accepted offer.</param>
public sealed record ApiWaitlistEntry(int Id, string Sku, string Product, int Quantity, string? Quarter, WaitlistStatus Status, bool IsReservation,
    int? Position, int? UnitsAhead, string? EstimatedQuarter, ApiOffer? Offer, int? QuoteId, DateTime JoinedUtc, int Version)
{
    public static ApiWaitlistEntry Of(MyWaitlistRow row)
    {
        var e = row.Entry;
        var offer = e.Status == WaitlistStatus.Offered && e.OfferedUnits is { } units && e.OfferExpiresUtc is { } expires
            ? new ApiOffer(e.OpenOfferId!.Value, units, e.OfferedQuarter?.ToString(), expires)
            : null;
        return new ApiWaitlistEntry(e.Id, e.Product!.Sku, e.Product.Name, e.Quantity, e.Quarter?.ToString(), e.Status, e.IsReservation,
            row.Place?.Position, row.Place?.QuantityAhead, row.EstimatedQuarter?.ToString(), offer, e.QuoteId, e.JoinedUtc, e.Version);
    }
}

/// <param name="Id">Names this offer: send it as <c>offerId</c> to accept or decline it, so that the answer cannot fall on a later offer.</param>
/// <param name="ExpiresUtc">Accept it before then, or the units go to the next in line.</param>
public sealed record ApiOffer(int Id, int Units, string? Quarter, DateTime ExpiresUtc)
{
    public const string NotNamed = "Name the offer you answer: its offer.id, as GET /api/v1/waitlist/{id} shows it.";
}
