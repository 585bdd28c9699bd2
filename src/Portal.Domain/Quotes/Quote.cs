using System.Globalization;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// A customer's quote request: rack configurations and loose products for a site and a delivery quarter. It is a
/// draft until submitted; submitting gives it its number, made from its id so that concurrent submits never collide.
/// </summary>
public sealed class Quote
{
    public const int NotesMaxLength = 4000;
    public const int NumberMaxLength = 20;
    public const int RequesterMaxLength = 450;

    private readonly List<QuoteConfiguration> _configurations = [];
    private readonly List<QuoteProductLine> _products = [];

    private Quote()
    {
        RequesterId = string.Empty;
        Notes = string.Empty;
    }

    public Quote(int organizationId, string requesterId, DateTime createdUtc)
    {
        OrganizationId = organizationId;
        RequesterId = requesterId;
        Notes = string.Empty;
        Status = QuoteStatus.Draft;
        Revision = 1;
        CreatedUtc = createdUtc;
        UpdatedUtc = createdUtc;
    }

    public int Id { get; private set; }
    public string? Number { get; private set; }
    public int OrganizationId { get; private set; }
    public string RequesterId { get; private set; }
    public int? SiteId { get; private set; }
    public Quarter? RequestedQuarter { get; private set; }
    public string Notes { get; private set; }
    public QuoteStatus Status { get; private set; }

    /// <summary>Which version of the quote this is: 1 until sales issues a changed quote.</summary>
    public int Revision { get; private set; }

    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Counts the quote's changes; the optimistic concurrency token.</summary>
    public int Version { get; private set; }
    public DateTime? SubmittedUtc { get; private set; }

    /// <summary>The member of staff working on the request, once one has claimed it.</summary>
    public string? ClaimedById { get; private set; }

    public DateTime? ClaimedUtc { get; private set; }

    /// <summary>When the current revision was issued, and until when the customer may accept it.</summary>
    public DateTime? IssuedUtc { get; private set; }

    public DateTime? ValidUntilUtc { get; private set; }

    public QuoteAcceptance? Acceptance { get; private set; }

    /// <summary>The quote has been issued at least once: its PDF is the stored one of its revision.</summary>
    public bool IsIssued => IssuedUtc is not null;

    public IReadOnlyList<QuoteConfiguration> Configurations => _configurations.AsReadOnly();
    public IReadOnlyList<QuoteProductLine> Products => _products.AsReadOnly();

    public string Reference => Number ?? $"Draft {Id.ToString(CultureInfo.InvariantCulture)}";

    public bool IsEmpty => _configurations.Count == 0 && _products.Count == 0;

    /// <summary>The customer may change it: a draft, or a request sales sent back for changes.</summary>
    public bool IsEditable => Status is QuoteStatus.Draft or QuoteStatus.ChangesRequested;

    public int RackCount => _configurations.Sum(c => c.RackCount);

    public void AddConfiguration(Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount, DateTime now)
    {
        EnsureEditable();
        _configurations.Add(new QuoteConfiguration(rack, components, rackCount));
        Touch(now);
    }

    /// <summary>Puts a changed configuration in the place of one already on the draft.</summary>
    public void ReplaceConfiguration(int configurationId, Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount, DateTime now)
    {
        EnsureEditable();
        var configuration = _configurations.SingleOrDefault(c => c.Id == configurationId)
            ?? throw new DomainException($"{Reference} has no such rack configuration; it may have been removed meanwhile.");
        configuration.Replace(rack, components, rackCount);
        Touch(now);
    }

    public void RemoveConfiguration(int configurationId, DateTime now)
    {
        EnsureEditable();
        _configurations.RemoveAll(c => c.Id == configurationId);
        Touch(now);
    }

    /// <summary>Adds a loose product; a product already on the quote gets the quantity added to its line.</summary>
    public void AddProduct(Product product, int quantity, DateTime now)
    {
        EnsureEditable();
        var line = _products.FirstOrDefault(p => p.ProductId == product.Id);
        if (line is null)
        {
            _products.Add(new QuoteProductLine(product, quantity));
        }
        else
        {
            line.Add(quantity);
        }
        Touch(now);
    }

    public void RemoveProduct(int lineId, DateTime now)
    {
        EnsureEditable();
        _products.RemoveAll(p => p.Id == lineId);
        Touch(now);
    }

    public void Describe(int? siteId, Quarter? requestedQuarter, string notes, DateTime now)
    {
        EnsureEditable();
        SiteId = siteId;
        RequestedQuarter = requestedQuarter;
        Notes = notes.Trim();
        Touch(now);
    }

    /// <summary>
    /// Submits the request (again, after changes were requested); the use case has checked its rules. The first
    /// submission gives the number, Q-year-id, unique by construction. The age in the queue counts from the last one.
    /// </summary>
    public void Submit(DateTime now)
    {
        EnsureEditable();
        if (IsEmpty || SiteId is null || RequestedQuarter is null)
        {
            throw new DomainException("A quote request needs at least one line, a site and a delivery quarter before it is submitted.");
        }
        Number ??= string.Create(CultureInfo.InvariantCulture, $"Q-{now.Year:D4}-{Id:D6}");
        MoveTo(QuoteStatus.Submitted, now);
        SubmittedUtc = now;
    }

    /// <summary>
    /// Refuses to act on what someone saw at an older version: a form shows the version it was drawn at, and when the
    /// quote changed since, the person must look again instead of deciding on what is no longer there.
    /// </summary>
    public void EnsureUnchangedSince(int? seenVersion)
    {
        if (seenVersion is { } seen && seen != Version)
        {
            throw new DomainException($"{Reference} changed while you were looking at it; it is now {Describe(Status)}. Reload the page to see the change, then decide again.");
        }
    }

    /// <summary>A member of staff takes the request to work on it, or takes it over from a colleague.</summary>
    public void Claim(string staffId, DateTime now)
    {
        Ensure("claimed", Status.IsOpen());
        ClaimedById = staffId;
        ClaimedUtc = now;
        MoveTo(QuoteStatus.InReview, now);
    }

    /// <summary>Sales sends the request back to the customer, who changes it and submits it again.</summary>
    public void RequestChanges(DateTime now)
    {
        Ensure("sent back for changes", Status == QuoteStatus.InReview);
        MoveTo(QuoteStatus.ChangesRequested, now);
    }

    /// <summary>Sales moves the delivery of a request it is reviewing to another quarter, typically a later one with supply.</summary>
    public void MoveDelivery(Quarter quarter, DateTime now)
    {
        Ensure("moved to another quarter", Status.IsOpen());
        RequestedQuarter = quarter;
        Touch(now);
    }

    /// <summary>Sales approves the priced request; issuing it follows.</summary>
    public void Approve(DateTime now)
    {
        Ensure("approved", Status == QuoteStatus.InReview);
        MoveTo(QuoteStatus.Approved, now);
    }

    /// <summary>Issues the approved quote as its current revision, valid until the given time.</summary>
    public void Issue(DateTime now, DateTime validUntil)
    {
        Ensure("issued", Status == QuoteStatus.Approved);
        if (validUntil <= now)
        {
            throw new DomainException($"{Reference} must be valid for some time after it is issued.");
        }
        IssuedUtc = now;
        ValidUntilUtc = validUntil;
        MoveTo(QuoteStatus.Issued, now);
    }

    /// <summary>The customer accepts the issued revision it read, while it is valid; a quote is accepted once.</summary>
    public void Accept(QuoteAcceptance acceptance, DateTime now)
    {
        Ensure("accepted", Status == QuoteStatus.Issued);
        if (acceptance.Revision != Revision)
        {
            throw new DomainException($"Revision {acceptance.Revision} of {Reference} has been replaced by revision {Revision}; read and accept that one.");
        }
        if (now > ValidUntilUtc)
        {
            throw new DomainException($"{Reference} was valid until {ValidUntilUtc:d MMM yyyy HH:mm} UTC and can no longer be accepted; ask sales for a new revision.");
        }
        Acceptance = acceptance;
        MoveTo(QuoteStatus.Accepted, now);
    }

    public void Decline(DateTime now)
    {
        Ensure("declined", Status == QuoteStatus.Issued);
        MoveTo(QuoteStatus.Declined, now);
    }

    /// <summary>An issued quote whose validity has passed expires; an answered or cancelled one is left as it is.</summary>
    public void Expire(DateTime now)
    {
        Ensure("expired", Status == QuoteStatus.Issued);
        if (now <= ValidUntilUtc)
        {
            throw new DomainException($"{Reference} is valid until {ValidUntilUtc:d MMM yyyy HH:mm} UTC.");
        }
        MoveTo(QuoteStatus.Expired, now);
    }

    public void Reject(DateTime now)
    {
        Ensure("rejected", Status.IsOpen());
        MoveTo(QuoteStatus.Rejected, now);
    }

    /// <summary>The customer or sales cancels a quote that is still open, issued or accepted (before any deposit is paid).</summary>
    public void Cancel(DateTime now)
    {
        Ensure("cancelled", Status.IsCancellable());
        MoveTo(QuoteStatus.Cancelled, now);
    }

    private void MoveTo(QuoteStatus status, DateTime now)
    {
        Status = status;
        Touch(now);
    }

    /// <summary>Every change bumps the version, which the database checks on save: of two concurrent changes the second fails.</summary>
    private void Touch(DateTime now)
    {
        UpdatedUtc = now;
        Version++;
    }

    private void Ensure(string done, bool allowed)
    {
        if (!allowed)
        {
            throw new DomainException($"{Reference} cannot be {done} while it is {Describe(Status)}.");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"{Reference} is {Describe(Status)}; only a draft, or a request sent back for changes, can be changed.");
        }
    }

    /// <summary>A status as a sentence says it: "in review", "sent back for changes".</summary>
    public static string Describe(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => "a draft",
        QuoteStatus.InReview => "in review",
        QuoteStatus.ChangesRequested => "sent back for changes",
        _ => status.ToString().ToLowerInvariant(),
    };
}
