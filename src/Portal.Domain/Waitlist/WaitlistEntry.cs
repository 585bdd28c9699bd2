using System.Globalization;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.Domain.Waitlist;

/// <summary>
/// An organization waiting for units of an allocation-limited product in a quarter (or the earliest quarter with supply),
/// or reserving a pre-release one. The line is ordered by priority (reservations first, in reservation order; then
/// Strategic before Standard), then by the time the entry took its place. When supply comes free, the head of the line
/// is offered it (all it waits for, or what there is) for 72 hours. A reservation is secured by a refundable deposit
/// per unit; until it is paid the reservation keeps its place but is offered nothing.
/// </summary>
[ShownOn(ShownOn.Catalog | ShownOn.Waitlists | ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class WaitlistEntry : IRecordsEvents
{
    public const int ReasonMaxLength = 500;
    public static readonly TimeSpan OfferTime = TimeSpan.FromHours(72);

    /// <summary>An entry that other steps move by more than this many places is told of its new place.</summary>
    public const int NoticeablePlaces = 5;

    private readonly List<IDomainEvent> _events = [];

    /// <summary>Reservations come before every waiting entry, Strategic ones included.</summary>
    public const int ReservationPriority = -1;

    /// <summary>Why a pre-release product without a reservation deposit cannot be waited for.</summary>
    public static string TakesNoReservations(Product product) => $"{product.Name} is not released yet and takes no reservations.";

    private WaitlistEntry()
    {
        JoinedById = string.Empty;
    }

    public WaitlistEntry(Organization organization, string joinedById, Product product, int quantity, Quarter? quarter, DateTime now)
    {
        if (quantity < 1 || quantity > product.MaxWaitlistQuantity)
        {
            throw new DomainException($"Wait for between 1 and {product.MaxWaitlistQuantity:N0} units of {product.Name}.");
        }
        OrganizationId = organization.Id;
        JoinedById = joinedById;
        ProductId = product.Id;
        if (product.Lifecycle == Lifecycle.PreRelease)
        {
            var deposit = product.ReservationDeposit
                ?? throw new DomainException(TakesNoReservations(product));
            IsReservation = true;
            DepositCurrency = deposit.Currency;
            DepositPerUnitMinorUnits = deposit.MinorUnits;
            DepositStatus = DepositStatus.Due;
        }
        Quantity = quantity;
        Quarter = quarter;
        Priority = StandingPriority(organization.Tier);
        JoinedUtc = now;
        QueuedUtc = now;
        Status = WaitlistStatus.Waiting;
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string JoinedById { get; private set; }
    public int ProductId { get; private set; }
    public Product? Product { get; private set; }

    /// <summary>The units still waited for.</summary>
    public int Quantity { get; private set; }

    /// <summary>The quarter wanted; null for the earliest quarter with supply.</summary>
    public Quarter? Quarter { get; private set; }

    /// <summary>0 before 1: Strategic organizations before Standard ones.</summary>
    public int Priority { get; private set; }

    public DateTime JoinedUtc { get; private set; }

    /// <summary>When the entry took its current place in line: on joining, on growing, or where an admin moved it.</summary>
    public DateTime QueuedUtc { get; private set; }

    public WaitlistStatus Status { get; private set; }

    /// <summary>Counts the entry's changes; the optimistic concurrency token that keeps two offer runs from offering it twice.</summary>
    public int Version { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>The open offer (or the last one): units, the quarter they come from, until when they are held.</summary>
    public int? OfferedUnits { get; private set; }

    public Quarter? OfferedQuarter { get; private set; }
    public DateTime? OfferExpiresUtc { get; private set; }

    /// <summary>When the entry was first offered supply, and how long it had waited for it: the reports' waiting time.</summary>
    public DateTime? FirstOfferedUtc { get; private set; }

    public long? SecondsUntilFirstOffer { get; private set; }

    /// <summary>The quote request the last accepted offer became.</summary>
    public int? QuoteId { get; private set; }

    /// <summary>A reservation of a pre-release product, secured by a refundable deposit per unit.</summary>
    public bool IsReservation { get; private set; }

    public long? DepositPerUnitMinorUnits { get; private set; }
    public string? DepositCurrency { get; private set; }
    public DepositStatus DepositStatus { get; private set; }

    /// <summary>The deposit a reservation calls for: the product's deposit per unit times the units reserved.</summary>
    public Money? Deposit => DepositPerUnitMinorUnits is { } perUnit ? new Money(perUnit * Quantity, DepositCurrency!) : null;

    /// <summary>The quarter waited for, as people read it.</summary>
    public string QuarterWanted => Describe(Quarter);

    public static string Describe(Quarter? quarter) => quarter?.ToString() ?? "the earliest quarter with supply";

    public bool IsActive => Status is WaitlistStatus.Waiting or WaitlistStatus.Offered;

    /// <summary>
    /// Names the open offer, so that an answer is tied to the offer it answers: the entry's version while it holds the
    /// offer (an answer, a lapse and every new offer change it); null without an open offer.
    /// </summary>
    public int? OpenOfferId => Status == WaitlistStatus.Offered ? Version : null;

    public string Reference => string.Create(CultureInfo.InvariantCulture, $"Waitlist entry {Id}");

    public bool HasEvents => _events.Count > 0;

    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }

    public static int PriorityOf(OrganizationTier tier) => tier == OrganizationTier.Strategic ? 0 : 1;

    /// <summary>The priority the entry's own standing gives it (a reservation's, or its organization's tier's); an admin's move may give it another.</summary>
    public int StandingPriority(OrganizationTier tier) => IsReservation ? ReservationPriority : PriorityOf(tier);

    /// <summary>Whether the entry waits for supply of this quarter: the one it wants, or any when it wants the earliest.</summary>
    public bool Wants(Quarter quarter) => Quarter is not { } wanted || wanted == quarter;

    /// <summary>Refuses to act on what someone saw at an older version of the entry: they reload and decide again.</summary>
    public void EnsureUnchangedSince(int? seenVersion)
    {
        if (seenVersion is { } seen && seen != Version)
        {
            throw new DomainException($"{Reference} changed since you read it; it is now {Status.ToString().ToLowerInvariant()}. Read it again, then decide.");
        }
    }

    /// <summary>
    /// The new entry, saved (so that it has its id and the database has let it into the line), takes its place: the
    /// joiner is told where it stands.
    /// </summary>
    public void TakePlace(WaitlistPlace place, DateTime now)
    {
        if (Id == 0 || Version != 0)
        {
            throw new InvalidOperationException($"An entry takes its place once, after it is first saved; {Reference} (version {Version}) cannot.");
        }
        Record(new WaitlistJoined(this, now, place));
    }

    /// <summary>Other steps moved the entry in its line: told when it moved by more than <see cref="NoticeablePlaces"/> places.</summary>
    public void NotePlaceChanged(int fromPosition, int toPosition, DateTime now)
    {
        if (IsNoticeableMove(fromPosition, toPosition))
        {
            Record(new PlaceChanged(this, now, fromPosition, toPosition));
        }
    }

    public static bool IsNoticeableMove(int fromPosition, int toPosition) => Math.Abs(toPosition - fromPosition) > NoticeablePlaces;

    /// <summary>Changes the units waited for; an entry that grows goes to the back of its line, one that shrinks keeps its place.</summary>
    public void ChangeQuantity(int quantity, int maxQuantity, DateTime now)
    {
        Ensure("changed", Status == WaitlistStatus.Waiting, "answer its offer first");
        Ensure("changed", DepositStatus != DepositStatus.Paid, "its deposit is paid; ask sales to change it");
        if (quantity < 1 || quantity > maxQuantity)
        {
            throw new DomainException($"Wait for between 1 and {maxQuantity:N0} units.");
        }
        if (quantity > Quantity)
        {
            QueuedUtc = now;
        }
        var from = Quantity;
        Quantity = quantity;
        Touch(now);
        Record(new QuantityChanged(this, now, from));
    }

    /// <summary>The organization leaves the line; an open offer's units go back (the use case releases them).</summary>
    public void Leave(DateTime now)
    {
        Ensure("withdrawn", IsActive, "it has left the line already");
        var from = Status;
        Status = WaitlistStatus.Withdrawn;
        Touch(now);
        Record(new LeftWaitlist(this, from, now));
    }

    /// <summary>
    /// An admin puts the entry at another place in line (from one place to another, for a reason the audit log keeps):
    /// the priority and time of the place it takes.
    /// </summary>
    public void MoveTo(int priority, DateTime queuedUtc, PlaceInLine from, PlaceInLine to, string reason, DateTime now)
    {
        Ensure("moved", Status == WaitlistStatus.Waiting, "only a waiting entry moves");
        Priority = priority;
        QueuedUtc = queuedUtc;
        Touch(now);
        Record(new EntryMoved(this, now, from, to, reason));
    }

    /// <summary>Offers units of a quarter (held by the caller) for <see cref="OfferTime"/>.</summary>
    public void Offer(int units, Quarter quarter, DateTime now)
    {
        Ensure("offered supply", Status == WaitlistStatus.Waiting, "it is not waiting");
        if (units < 1 || units > Quantity || !Wants(quarter))
        {
            throw new DomainException($"{Reference} waits for {Quantity} units in {Quarter?.ToString() ?? "the earliest quarter"}; {units} in {quarter} do not fit it.");
        }
        OfferedUnits = units;
        OfferedQuarter = quarter;
        OfferExpiresUtc = now + OfferTime;
        if (FirstOfferedUtc is null)
        {
            FirstOfferedUtc = now;
            SecondsUntilFirstOffer = (long)(now - JoinedUtc).TotalSeconds;
        }
        Status = WaitlistStatus.Offered;
        Touch(now);
        Record(new OfferMade(this, now));
    }

    /// <summary>
    /// The customer takes the offer while it is open; it became the given quote request. An entry offered part of what
    /// it waits for keeps its place for the rest.
    /// </summary>
    public void AcceptOffer(int quoteId, string quoteNumber, DateTime now)
    {
        EnsureOfferOpen(now);
        Quantity -= OfferedUnits!.Value;
        QuoteId = quoteId;
        Status = Quantity == 0 ? WaitlistStatus.Accepted : WaitlistStatus.Waiting;
        Touch(now);
        Record(new OfferAccepted(this, now, quoteNumber));
    }

    /// <summary>The customer turns the offer down and leaves the line; the units pass to the next entry.</summary>
    public void DeclineOffer(DateTime now)
    {
        EnsureOfferOpen(now, "declined");
        Status = WaitlistStatus.Declined;
        Touch(now);
        Record(new OfferDeclined(this, now));
    }

    /// <summary>An offer not taken in time lapses; the entry leaves the line and the units pass to the next one.</summary>
    public void ExpireOffer(DateTime now)
    {
        Ensure("expired", Status == WaitlistStatus.Offered, "it holds no offer");
        if (now <= OfferExpiresUtc)
        {
            throw new DomainException($"The offer on {Reference} is open until {OfferExpiresUtc:d MMM yyyy HH:mm} UTC.");
        }
        Status = WaitlistStatus.Expired;
        Touch(now);
        Record(new OfferExpired(this, now));
    }

    /// <summary>The reservation's deposit is paid: the reservation is secured.</summary>
    public void SecureDeposit(DateTime now)
    {
        Ensure("secured", IsReservation && DepositStatus == DepositStatus.Due, "it has no deposit due");
        DepositStatus = DepositStatus.Paid;
        Touch(now);
    }

    /// <summary>The paid deposit of a reservation that left the line was refunded.</summary>
    public void RefundDeposit(DateTime now)
    {
        Ensure("refunded", DepositStatus == DepositStatus.Paid, "it has no paid deposit");
        DepositStatus = DepositStatus.Refunded;
        Touch(now);
    }

    /// <summary>Refuses unless the entry holds an offer that is still open.</summary>
    public void EnsureOfferOpen(DateTime now, string done = "accepted")
    {
        Ensure(done, Status == WaitlistStatus.Offered, "it holds no offer");
        if (now > OfferExpiresUtc)
        {
            throw new DomainException($"The offer on {Reference} ran out at {OfferExpiresUtc:d MMM yyyy HH:mm} UTC; its units have passed to the next in line.");
        }
    }

    private void Record(WaitlistEvent happened) => _events.Add(happened);

    private void Touch(DateTime now)
    {
        UpdatedUtc = now;
        Version++;
    }

    private void Ensure(string done, bool allowed, string because)
    {
        if (!allowed)
        {
            throw new DomainException($"{Reference} cannot be {done} while it is {Status.ToString().ToLowerInvariant()}: {because}.");
        }
    }
}
