using System.Globalization;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;

namespace Portal.Domain.Payments;

/// <summary>
/// The deposit an accepted quote or a reservation asks for: its amount, how it is paid, and where it stands. A card
/// deposit is paid through a checkout session and confirmed only by the provider's verified word; a bank transfer is
/// confirmed by sales recording its receipt. A paid deposit is refunded through the provider (card) or owed back
/// (transfer) when an admin cancels what it was for. Each step records a <see cref="DepositEvent"/>.
/// </summary>
[ShownOn(ShownOn.Catalog | ShownOn.Waitlists | ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class Deposit : IRecordsEvents
{
    /// <summary>A card payment holds at most 8 digits of minor units (999,999.99 USD); more goes to bank transfer.</summary>
    public const long MaxCardMinorUnits = 99_999_999;

    public const int ReferenceMaxLength = 40;
    public const int DescriptionMaxLength = 200;
    public const int ProviderIdMaxLength = 255;
    public const int UrlMaxLength = 2000;
    public const int ProblemMaxLength = 500;
    public const int TransferReferenceMaxLength = 100;

    private readonly List<IDomainEvent> _events = [];

    private Deposit()
    {
        Reference = string.Empty;
        Description = string.Empty;
        Currency = string.Empty;
    }

    private Deposit(int organizationId, string reference, string description, Money amount, bool takesCards, DateTime now)
    {
        if (amount.MinorUnits <= 0)
        {
            throw new DomainException($"A deposit must be more than nothing; {reference} asks for {amount}.");
        }
        OrganizationId = organizationId;
        Reference = reference;
        Description = description;
        AmountMinorUnits = amount.MinorUnits;
        Currency = amount.Currency;
        Method = MethodFor(amount, takesCards);
        State = DepositState.Due;
        CreatedUtc = now;
        UpdatedUtc = now;
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }

    /// <summary>The accepted quote and the revision whose deposit this is; null for a reservation.</summary>
    public int? QuoteId { get; private set; }

    public int? QuoteRevision { get; private set; }

    /// <summary>The reservation this deposit secures; null for a quote.</summary>
    public int? WaitlistEntryId { get; private set; }

    /// <summary>The reference a bank transfer quotes and the provider's metadata carries, e.g. D-Q-2026-000123-2.</summary>
    public string Reference { get; private set; }

    public string Description { get; private set; }
    public long AmountMinorUnits { get; private set; }
    public string Currency { get; private set; }
    public DepositMethod Method { get; private set; }
    public DepositState State { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Counts the deposit's changes; the optimistic concurrency token that keeps a webhook and the reconciliation job from confirming it twice.</summary>
    public int Version { get; private set; }

    /// <summary>The open checkout session, its page, when it was opened and the amount it charges.</summary>
    public string? CheckoutSessionId { get; private set; }

    public string? CheckoutUrl { get; private set; }
    public DateTime? CheckoutOpenedUtc { get; private set; }
    public long? CheckoutMinorUnits { get; private set; }

    public string? PaymentIntentId { get; private set; }
    public DateTime? PaidUtc { get; private set; }

    /// <summary>The last thing that went wrong, in words the payer or sales understands: a declined card, an amount that did not match.</summary>
    public string? Problem { get; private set; }

    /// <summary>A bank transfer's receipt as sales recorded it.</summary>
    public string? TransferReference { get; private set; }

    public DateOnly? TransferReceivedOn { get; private set; }
    public string? RecordedById { get; private set; }

    public string? RefundId { get; private set; }
    public DateTime? RefundedUtc { get; private set; }

    public Money Amount => new(AmountMinorUnits, Currency);

    public bool IsDue => State == DepositState.Due;

    /// <summary>A card deposit that is still due: the payer may (again) go to checkout.</summary>
    public bool CanPayByCard => IsDue && Method == DepositMethod.Card;

    /// <summary>The open checkout session charges what is due now (a reservation's deposit changes with its quantity).</summary>
    public bool CheckoutChargesAmount => CheckoutSessionId is not null && CheckoutMinorUnits == AmountMinorUnits;

    public static DepositMethod MethodFor(Money amount, bool takesCards) =>
        takesCards && amount.MinorUnits <= MaxCardMinorUnits ? DepositMethod.Card : DepositMethod.BankTransfer;

    /// <summary>The deposit due on an accepted quote: the share of its issued revision's total the terms ask for.</summary>
    public static Deposit ForQuote(Quote quote, Money amount, bool takesCards, DateTime now) =>
        new(quote.OrganizationId, string.Create(CultureInfo.InvariantCulture, $"D-{quote.Number}-{quote.Revision}"),
            $"Deposit on quote {quote.Number}, revision {quote.Revision}", amount, takesCards, now)
        {
            QuoteId = quote.Id,
            QuoteRevision = quote.Revision,
        };

    /// <summary>What a reservation's deposit is for, as its payer reads it: "Reservation deposit: 2 × Trainium3 rack".</summary>
    public static string ReservationDescription(WaitlistEntry entry, string productName) => $"Reservation deposit: {entry.Quantity} × {productName}";

    /// <summary>The refundable deposit that secures a reservation of a pre-release product.</summary>
    public static Deposit ForReservation(WaitlistEntry entry, string productName, bool takesCards, DateTime now) =>
        new(entry.OrganizationId, string.Create(CultureInfo.InvariantCulture, $"D-W-{entry.Id:D6}"),
            ReservationDescription(entry, productName),
            entry.Deposit ?? throw new DomainException($"{entry.Reference} is not a reservation and takes no deposit."), takesCards, now)
        {
            WaitlistEntryId = entry.Id,
        };

    /// <summary>A reservation changed its quantity while its deposit is due: the deposit follows it.</summary>
    public void ChangeAmount(Money amount, string description, DateTime now)
    {
        EnsureState("changed", DepositState.Due);
        AmountMinorUnits = amount.MinorUnits;
        Description = description;
        Touch(now);
    }

    /// <summary>A checkout session was opened at the provider for what is due.</summary>
    public void OpenCheckout(string sessionId, string url, DateTime now)
    {
        if (!CanPayByCard)
        {
            throw new DomainException($"{Reference} is {Describe(State)} and paid by {Describe(Method)}; it cannot be paid by card.");
        }
        CheckoutSessionId = sessionId;
        CheckoutUrl = url;
        CheckoutOpenedUtc = now;
        CheckoutMinorUnits = AmountMinorUnits;
        Problem = null;
        Touch(now);
    }

    /// <summary>The session ended without a payment (it expired): the next try opens a new one.</summary>
    public void CloseCheckout(string sessionId, DateTime now)
    {
        if (CheckoutSessionId == sessionId)
        {
            CheckoutSessionId = null;
            CheckoutUrl = null;
            CheckoutOpenedUtc = null;
            CheckoutMinorUnits = null;
            Touch(now);
        }
    }

    /// <summary>Something went wrong that the payer or sales should see; the deposit stays as it is.</summary>
    public void NoteProblem(string problem, DateTime now)
    {
        Problem = problem.Length > ProblemMaxLength ? problem[..ProblemMaxLength] : problem;
        Touch(now);
    }

    /// <summary>A payment arrived that the deposit does not take: the problem is noted for the payer, and the deposit stays as it is.</summary>
    public void RefusePayment(string problem, DateTime now)
    {
        NoteProblem(problem, now);
        _events.Add(new PaymentRefused(this, now, Problem!));
    }

    /// <summary>Whether a payment is exactly what is due, in amount and currency.</summary>
    public bool IsCoveredBy(Money paid) => paid.MinorUnits == AmountMinorUnits && string.Equals(paid.Currency, Currency, StringComparison.OrdinalIgnoreCase);

    /// <summary>The provider confirmed the card payment of exactly what is due.</summary>
    /// <param name="how">How it was paid, in words, e.g. "paid by card, checkout session cs_…".</param>
    public void ConfirmCardPayment(string paymentIntentId, Money paid, string how, DateTime now)
    {
        EnsureState("paid", DepositState.Due);
        EnsureCovered(paid);
        PaymentIntentId = paymentIntentId;
        Paid(how, now);
    }

    /// <summary>Sales records a bank transfer received for exactly what is due (also for a deposit asked for by card: it was paid by transfer).</summary>
    public void RecordTransfer(Money received, DateOnly receivedOn, string reference, string staffId, DateTime now)
    {
        EnsureState("paid", DepositState.Due);
        EnsureCovered(received);
        Method = DepositMethod.BankTransfer;
        TransferReference = reference.Trim();
        TransferReceivedOn = receivedOn;
        RecordedById = staffId;
        Paid(string.Create(CultureInfo.InvariantCulture, $"bank transfer received {receivedOn:yyyy-MM-dd}, reference {TransferReference}"), now);
    }

    /// <summary>The provider refunded the card payment we asked it to refund, because what the deposit was for ended.</summary>
    public void Refund(string refundId, string why, DateTime now)
    {
        if (State != DepositState.Refunding)
        {
            EnsureState("refunded", DepositState.Paid);
        }
        Refunded(refundId, now);
        _events.Add(new DepositRefunded(this, now, why));
    }

    /// <summary>Someone refunded the card payment at the provider, outside the portal.</summary>
    public void RefundAtProvider(string refundId, DateTime now)
    {
        EnsureState("refunded", DepositState.Paid);
        Refunded(refundId, now);
        _events.Add(new RefundedAtProvider(this, now));
    }

    /// <summary>A deposit paid by transfer is owed back, because what it was for ended; the vendor's finance team pays it.</summary>
    public void OweRefund(string why, DateTime now)
    {
        EnsureState("refunded", DepositState.Paid);
        State = DepositState.RefundOwed;
        Touch(now);
        _events.Add(new DepositRefundOwed(this, now, why));
    }

    /// <summary>What the deposit was for ended before it was paid: it is no longer asked for.</summary>
    public void Void(string why, DateTime now)
    {
        EnsureState("voided", DepositState.Due);
        CloseCheckout(CheckoutSessionId ?? string.Empty, now);
        State = DepositState.Void;
        Touch(now);
        _events.Add(new DepositVoided(this, now, why));
    }

    /// <inheritdoc/>
    public bool HasEvents => _events.Count > 0;

    /// <inheritdoc/>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }

    private void Paid(string how, DateTime now)
    {
        PaidUtc = now;
        Problem = null;
        CheckoutUrl = null;
        State = DepositState.Paid;
        Touch(now);
        _events.Add(new DepositPaid(this, now, how));
    }

    private void Refunded(string refundId, DateTime now)
    {
        RefundId = refundId;
        RefundedUtc = now;
        State = DepositState.Refunded;
        Touch(now);
    }

    private void EnsureCovered(Money paid)
    {
        if (!IsCoveredBy(paid))
        {
            throw new DomainException($"{Reference} asks for {Amount}; {paid} does not match it.");
        }
    }

    private void EnsureState(string done, DepositState state)
    {
        if (State != state)
        {
            throw new DomainException($"Deposit {Reference} cannot be {done} while it is {Describe(State)}.");
        }
    }

    private void Touch(DateTime now)
    {
        UpdatedUtc = now;
        Version++;
    }

    public static string Describe(DepositState state) => DepositStateText.Phrase(state);

    public static string Describe(DepositMethod method) => method == DepositMethod.BankTransfer ? "bank transfer" : "card";
}
