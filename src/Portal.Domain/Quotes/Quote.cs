using System.Globalization;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Pricing;

namespace Portal.Domain.Quotes;

/// <summary>
/// A customer's quote request: rack configurations and loose products for a site and a delivery quarter. It is a
/// draft until submitted; submitting gives it its number, made from its id so that concurrent submits never collide.
/// </summary>
[ShownOn(ShownOn.ReviewQueue | ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class Quote : IRecordsEvents
{
    public const int NotesMaxLength = 4000;
    public const int NumberMaxLength = 20;
    public const int RequesterMaxLength = 450;
    public const int LicenceNumberMaxLength = 60;

    /// <summary>How many years ahead an export licence's expiry may lie; a later date is a slip of the keyboard.</summary>
    public const int LicenceMaxYears = 10;
    public const int DeclineReasonMaxLength = 2000;
    public const int ChangesNoteMaxLength = Auditing.AuditEvent.ReasonMaxLength;

    private readonly List<QuoteRack> _racks = [];
    private readonly List<QuoteProductLine> _products = [];
    private readonly List<BuyerApproval> _buyerApprovals = [];
    private readonly List<IDomainEvent> _events = [];

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
        Record(new DraftCreated(this, createdUtc));
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

    /// <summary>The export licence a compliance officer recorded when clearing the quote's hold; null when none was needed.</summary>
    public string? ExportLicenceNumber { get; private set; }

    public DateTime? ExportLicenceExpiresUtc { get; private set; }

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

    /// <summary>
    /// The list value, sales discount and total of the latest issued revision, kept on the quote so that reports sum
    /// them over a million quotes without reading the revisions; null before the first issue.
    /// </summary>
    public long? IssuedListMinorUnits { get; private set; }

    /// <inheritdoc cref="IssuedListMinorUnits"/>
    public long? IssuedSalesDiscountMinorUnits { get; private set; }

    /// <inheritdoc cref="IssuedListMinorUnits"/>
    public long? IssuedTotalMinorUnits { get; private set; }

    public QuoteAcceptance? Acceptance { get; private set; }

    /// <summary>When the customer last declined the quote, and why in its own words; null if it never did.</summary>
    public DateTime? DeclinedUtc { get; private set; }

    /// <inheritdoc cref="DeclinedUtc"/>
    public string? DeclineReason { get; private set; }

    /// <summary>What sales last asked the customer to change, in its words; null if it never sent the request back.</summary>
    public string? ChangesNote { get; private set; }

    /// <summary>The sales discount, in percent, on every line that has none of its own.</summary>
    public decimal DiscountPercent { get; private set; }

    /// <summary>How many days the quote is valid once issued; null until sales sets it, when the vendor's default applies.</summary>
    public int? ValidityDays { get; private set; }

    /// <summary>The quote has been issued at least once: its PDF is the stored one of its revision.</summary>
    public bool IsIssued => IssuedUtc is not null;

    public IReadOnlyList<QuoteRack> Racks => _racks.AsReadOnly();
    public IReadOnlyList<QuoteProductLine> Products => _products.AsReadOnly();

    /// <summary>The approvals the buyer's company gave the current revision (the last one needed made it the acceptance).</summary>
    public IReadOnlyList<BuyerApproval> BuyerApprovals => _buyerApprovals.AsReadOnly();

    public string Reference => ReferenceOf(Id, Number);

    /// <summary>How people name a quote: its number once submitted, "Draft 12" before.</summary>
    public static string ReferenceOf(int id, string? number) => number ?? $"Draft {id.ToString(CultureInfo.InvariantCulture)}";

    public bool IsEmpty => _racks.Count == 0 && _products.Count == 0;

    /// <summary>The customer may change it: a draft, or a request sales sent back for changes.</summary>
    public bool IsEditable => Status is QuoteStatus.Draft or QuoteStatus.ChangesRequested;

    public int RackCount => _racks.Sum(c => c.RackCount);

    /// <summary>The sales discount a line gets: its own, or the quote's.</summary>
    public decimal DiscountOf(QuoteLine line) => line.DiscountPercent ?? DiscountPercent;

    /// <summary>The quarter whose supply a line draws on: its own, or the requested delivery quarter.</summary>
    public Quarter? QuarterOf(QuoteLine line) => line.DeliveryQuarter ?? RequestedQuarter;

    /// <summary>The largest sales discount on any line: what decides whose authority the pricing needs.</summary>
    public decimal HighestDiscount => Lines.Select(DiscountOf).DefaultIfEmpty(DiscountPercent).Max();

    private IEnumerable<QuoteLine> Lines => _racks.Concat<QuoteLine>(_products);

    /// <summary>The first quarter the lead times of all the quote's products allow; needs the lines' products loaded.</summary>
    public Quarter EarliestDelivery(DateTime now) =>
        Product.EarliestDelivery(_racks.SelectMany(c => c.Components.Select(x => x.Product!).Append(c.Rack!)).Concat(_products.Select(p => p.Product!)), now);

    /// <summary>
    /// A new draft of the same company with this quote's racks, products and site, for <paramref name="requesterId"/>
    /// to change and submit: a reorder. Needs the lines' products loaded; an empty quote has nothing to copy.
    /// </summary>
    public Quote CopyAsDraft(string requesterId, DateTime now)
    {
        if (IsEmpty)
        {
            throw new DomainException($"{Reference} has no racks or products to copy.");
        }
        var copy = new Quote(OrganizationId, requesterId, now);
        foreach (var rack in _racks)
        {
            copy.AddConfiguration(rack.Rack!, rack.Components.Select(c => (c.Product!, c.Quantity)), rack.RackCount, now);
        }
        foreach (var line in _products)
        {
            copy.AddProduct(line.Product!, line.Quantity, now);
        }
        copy.SiteId = SiteId;
        return copy;
    }

    public void AddConfiguration(Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount, DateTime now)
    {
        EnsureEditable();
        _racks.Add(new QuoteRack(rack, components, rackCount));
        Touch(now);
        Record(new ConfigurationSaved(this, now, rack.Name, rackCount, Replaced: false));
    }

    /// <summary>Puts a changed configuration in the place of one already on the draft.</summary>
    public void ReplaceConfiguration(int configurationId, Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount, DateTime now)
    {
        EnsureEditable();
        var configuration = _racks.SingleOrDefault(c => c.Id == configurationId)
            ?? throw new DomainException($"{Reference} has no such rack configuration; it may have been removed meanwhile.");
        configuration.Replace(rack, components, rackCount);
        Touch(now);
        Record(new ConfigurationSaved(this, now, rack.Name, rackCount, Replaced: true));
    }

    /// <summary>A draft without a site takes the one a configuration on it was built for; part of saving that configuration, not a step of its own.</summary>
    public void AssumeSite(int siteId)
    {
        EnsureEditable();
        SiteId ??= siteId;
    }

    public void RemoveConfiguration(int configurationId, DateTime now)
    {
        EnsureEditable();
        _racks.RemoveAll(c => c.Id == configurationId);
        Touch(now);
        Record(new ConfigurationRemoved(this, now));
    }

    /// <summary>Adds a loose product; a product already on the quote gets the quantity added to its line.</summary>
    public void AddProduct(Product product, int quantity, DateTime now)
    {
        EnsureEditable();
        AddProductLine(product, quantity);
        Touch(now);
        Record(new ProductAdded(this, now, product.Name, quantity));
    }

    private void AddProductLine(Product product, int quantity)
    {
        var line = _products.FirstOrDefault(p => p.ProductId == product.Id);
        if (line is null)
        {
            _products.Add(new QuoteProductLine(product, quantity));
        }
        else
        {
            line.Add(quantity);
        }
    }

    public void RemoveProduct(int lineId, DateTime now)
    {
        EnsureEditable();
        _products.RemoveAll(p => p.Id == lineId);
        Touch(now);
        Record(new ProductRemoved(this, now));
    }

    public void Describe(int? siteId, Quarter? requestedQuarter, string notes, DateTime now)
    {
        EnsureEditable();
        SiteId = siteId;
        RequestedQuarter = requestedQuarter;
        Notes = notes.Trim();
        Touch(now);
        Record(new DetailsSaved(this, now, requestedQuarter));
    }

    /// <summary>
    /// Submits the request (again, after changes were requested); the use case has checked its rules. The first
    /// submission gives the number, Q-year-id, unique by construction. The age in the queue counts from the last one.
    /// </summary>
    public void Submit(DateTime now)
    {
        Record(new QuoteSubmitted(this, MoveToSubmitted(now), now));
    }

    /// <summary>
    /// Submits a draft made from a waitlist offer the customer accepted, with the offered units held for it; the use
    /// case has checked the submission rules, as for any request.
    /// </summary>
    public void SubmitFromOffer(string product, int units, Quarter quarter, DateTime now)
    {
        Record(new QuoteSubmittedFromOffer(this, MoveToSubmitted(now), now, product, units, quarter));
    }

    /// <summary>The first submission gives the number, Q-year-id, unique by construction; answers the state it left.</summary>
    private QuoteStatus MoveToSubmitted(DateTime now)
    {
        EnsureEditable();
        if (IsEmpty || SiteId is null || RequestedQuarter is null)
        {
            throw new DomainException("A quote request needs at least one line, a site and a delivery quarter before it is submitted.");
        }
        var from = Status;
        Number ??= string.Create(CultureInfo.InvariantCulture, $"Q-{now.Year:D4}-{Id:D6}");
        MoveTo(QuoteStatus.Submitted, now);
        SubmittedUtc = now;
        return from;
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

    /// <summary>Refuses an answer to a revision other than the current one: the customer reads that one and answers it.</summary>
    public void EnsureAnswering(int revision)
    {
        if (revision != Revision)
        {
            throw new DomainException(revision < Revision
                ? $"Revision {revision} of {Reference} has been replaced by revision {Revision}; read and answer that one."
                : $"{Reference} has no revision {revision}; the one to read and answer is revision {Revision}.");
        }
    }

    /// <summary>A member of staff takes the request to work on it, or takes it over from a colleague.</summary>
    public void Claim(string staffId, DateTime now)
    {
        Ensure("claimed", Status.IsOpen());
        var from = Status;
        ClaimedById = staffId;
        ClaimedUtc = now;
        MoveTo(QuoteStatus.InReview, now);
        Record(new QuoteClaimed(this, from, now));
    }

    /// <summary>Sales sends the request back to the customer, saying what to change; the customer changes it and submits it again.</summary>
    public void RequestChanges(string note, DateTime now)
    {
        Ensure("sent back for changes", Status == QuoteStatus.InReview);
        ChangesNote = Cut(note.Trim(), ChangesNoteMaxLength);
        MoveTo(QuoteStatus.ChangesRequested, now);
        Record(new ChangesRequested(this, QuoteStatus.InReview, now, ChangesNote));
    }

    /// <summary>
    /// Sales moves the delivery of a request it is reviewing to another quarter, typically a later one with supply:
    /// every line moves with it, including lines that had a quarter of their own.
    /// </summary>
    public void MoveDelivery(Quarter quarter, DateTime now)
    {
        Ensure("moved to another quarter", Status.IsOpen());
        var from = RequestedQuarter;
        RequestedQuarter = quarter;
        foreach (var line in Lines)
        {
            line.SetTerms(line.DiscountPercent, null);
        }
        Touch(now);
        Record(new DeliveryMoved(this, now, from, quarter));
    }

    /// <summary>
    /// Sales prices the request it reviews: quantities, discounts (per line or for the whole quote), delivery quarters per
    /// line, lines removed or added, and the validity. Everything is checked before anything changes.
    /// </summary>
    /// <param name="earliest">The first quarter a line may be delivered in: the current one.</param>
    public void Reprice(QuoteRepricing repricing, Quarter earliest, DateTime now)
    {
        Ensure("priced", Status == QuoteStatus.InReview);
        EnsureDiscount(repricing.DiscountPercent);
        if (repricing.ValidityDays is < QuoteRepricing.MinValidityDays or > QuoteRepricing.MaxValidityDays)
        {
            throw new DomainException(QuoteRepricing.ValidityOutOfRange);
        }
        var changes = _racks.Select(c => (Line: (QuoteLine)c, Terms: repricing.Configurations.GetValueOrDefault(c.Id)))
            .Concat(_products.Select(p => (Line: (QuoteLine)p, Terms: repricing.Products.GetValueOrDefault(p.Id))))
            .Where(c => c.Terms is not null)
            .Select(c => (c.Line, Terms: c.Terms!))
            .ToList();
        foreach (var (_, terms) in changes.Where(c => !c.Terms.Remove))
        {
            EnsureLineTerms(terms, earliest);
        }
        if (repricing.Added.Any(a => a.Quantity < 1) || repricing.AddedComponents?.Values.Any(a => a.Quantity < 1) == true)
        {
            throw new DomainException("An added product needs a quantity of at least 1.");
        }
        var removed = changes.Where(c => c.Terms.Remove).Select(c => c.Line).ToHashSet();
        if (removed.Count == _racks.Count + _products.Count && repricing.Added.Count == 0)
        {
            throw new DomainException($"{Reference} needs at least one line; reject or cancel it instead of removing every line.");
        }

        _racks.RemoveAll(removed.Contains);
        _products.RemoveAll(removed.Contains);
        foreach (var (line, terms) in changes.Where(c => !c.Terms.Remove))
        {
            line.ChangeQuantity(terms.Quantity);
            line.SetTerms(terms.DiscountPercent, terms.Quarter == RequestedQuarter ? null : terms.Quarter);
        }
        foreach (var (product, quantity) in repricing.Added)
        {
            AddProductLine(product, quantity);
        }
        foreach (var configuration in _racks)
        {
            if (repricing.AddedComponents is { } added && added.TryGetValue(configuration.Id, out var component))
            {
                configuration.AddComponent(component.Product, component.Quantity);
            }
        }
        DiscountPercent = repricing.DiscountPercent;
        ValidityDays = repricing.ValidityDays;
        Touch(now);
        Record(new QuotePriced(this, now));
    }

    /// <summary>Sales priced the quote above its own authority: an admin must approve it before it is issued.</summary>
    public void RequestApproval(DateTime now)
    {
        Ensure("sent for approval", Status == QuoteStatus.InReview);
        if (HighestDiscount <= DiscountAuthority.Sales)
        {
            throw new DomainException($"{Reference} has no discount above {DiscountAuthority.Sales:0.##} %; sales can issue it without approval.");
        }
        MoveTo(QuoteStatus.PendingApproval, now);
        Record(new ApprovalRequested(this, QuoteStatus.InReview, now));
    }

    /// <summary>An admin sends a quote waiting for approval back to sales, saying why, to price it again.</summary>
    public void SendBackForPricing(string note, DateTime now)
    {
        Ensure("sent back to sales", Status == QuoteStatus.PendingApproval);
        MoveTo(QuoteStatus.InReview, now);
        Record(new SentBackForPricing(this, QuoteStatus.PendingApproval, now, note.Trim()));
    }

    /// <summary>
    /// Sales approves the priced request (an admin also one waiting for approval); issuing it follows. Nobody approves
    /// a discount above their own authority.
    /// </summary>
    /// <param name="authority">The highest discount the approving person may give, in percent.</param>
    public void Approve(decimal authority, DateTime now)
    {
        Ensure("approved", Status is QuoteStatus.InReview or QuoteStatus.PendingApproval);
        if (HighestDiscount > authority)
        {
            throw new DomainException($"{Reference} gives a discount of {HighestDiscount:0.##} %, above your authority of {authority:0.##} %; an admin must approve it.");
        }
        var from = Status;
        MoveTo(QuoteStatus.Approved, now);
        Record(new QuoteApproved(this, from, now));
    }

    /// <summary>
    /// Sales revises an issued, declined or expired quote: the next revision opens in review for the reviser to price
    /// and issue. The issued revisions stay as they were; the old one can no longer be accepted.
    /// </summary>
    public void Revise(string staffId, DateTime now)
    {
        Ensure("revised", Status.IsRevisable());
        var from = Status;
        DropBuyerApprovals(now);
        Revision++;
        ClaimedById = staffId;
        ClaimedUtc = now;
        MoveTo(QuoteStatus.InReview, now);
        Record(new QuoteRevised(this, from, now));
    }

    /// <summary>
    /// An approved quote whose lines need an export licence to the site's country waits for a compliance officer;
    /// <paramref name="evidence"/> says which lines and which rule. Approved and held in one step, it records one
    /// event, from the state it was approved in: the approval is not the customer's news until the licence clears it.
    /// </summary>
    public void HoldForExportLicence(string evidence, DateTime now)
    {
        Ensure("held for an export licence", Status == QuoteStatus.Approved);
        var from = QuoteStatus.Approved;
        if (_events.LastOrDefault() is QuoteApproved approval)
        {
            _events.Remove(approval);
            from = approval.From;
        }
        MoveTo(QuoteStatus.ComplianceHold, now);
        Record(new HeldForExportLicence(this, from, now, evidence));
    }

    /// <summary>A compliance officer records the licence that covers the quote; issuing it follows.</summary>
    public void ClearExport(string licenceNumber, DateTime licenceExpiresUtc, DateTime now)
    {
        Ensure("cleared for export", Status == QuoteStatus.ComplianceHold);
        if (licenceExpiresUtc <= now)
        {
            throw new DomainException("The licence has expired; record one that is still valid.");
        }
        ExportLicenceNumber = licenceNumber.Trim();
        ExportLicenceExpiresUtc = licenceExpiresUtc;
        MoveTo(QuoteStatus.Approved, now);
        Record(new ExportCleared(this, QuoteStatus.ComplianceHold, now));
    }

    /// <summary>A compliance officer refuses the export, saying why: the quote ends, as a rejected one does.</summary>
    public void RefuseExport(string reason, DateTime now)
    {
        Ensure("refused for export", Status == QuoteStatus.ComplianceHold);
        MoveTo(QuoteStatus.Rejected, now);
        Record(new ExportRefused(this, QuoteStatus.ComplianceHold, now, reason.Trim()));
    }

    /// <summary>Issues the approved quote as its current revision, priced at <paramref name="totals"/>, valid until the given time.</summary>
    public void Issue(DateTime now, DateTime validUntil, RevisionTotals totals)
    {
        Ensure("issued", Status == QuoteStatus.Approved);
        if (validUntil <= now)
        {
            throw new DomainException($"{Reference} must be valid for some time after it is issued.");
        }
        IssuedUtc = now;
        ValidUntilUtc = validUntil;
        (IssuedListMinorUnits, IssuedSalesDiscountMinorUnits, IssuedTotalMinorUnits) = (totals.ListTotal.MinorUnits, totals.SalesDiscount.MinorUnits, totals.Total.MinorUnits);
        MoveTo(QuoteStatus.Issued, now);
        Record(new QuoteIssued(this, QuoteStatus.Approved, now, totals));
    }

    /// <summary>The customer accepts the issued revision it read, while it is valid; a quote is accepted once.</summary>
    public void Accept(QuoteAcceptance acceptance, DateTime now)
    {
        Ensure("accepted", Status == QuoteStatus.Issued);
        EnsureAnswering(acceptance.Revision);
        EnsureStillValid(now);
        acceptance.MeasureFrom(IssuedUtc!.Value);
        Acceptance = acceptance;
        MoveTo(QuoteStatus.Accepted, now);
        Record(new QuoteAccepted(this, QuoteStatus.Issued, now));
    }

    /// <summary>The customer declines the issued revision, saying why; the reason stays on the quote if it is revised.</summary>
    public void Decline(string reason, DateTime now)
    {
        Ensure("declined", Status == QuoteStatus.Issued);
        DeclinedUtc = now;
        DeclineReason = Cut(reason, DeclineReasonMaxLength);
        MoveTo(QuoteStatus.Declined, now);
        Record(new QuoteDeclined(this, QuoteStatus.Issued, now));
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
        Record(new QuoteExpired(this, QuoteStatus.Issued, now));
        DropBuyerApprovals(now);
    }

    /// <summary>
    /// An approver of the buyer approves the issued revision it read, while it is valid: the approval is recorded, and
    /// when it is the last of the <paramref name="approvalsNeeded"/> the company's rule asks for, it is the acceptance
    /// (<paramref name="acceptance"/>, with its purchase order). One person approves a revision once.
    /// </summary>
    public void ApproveAsBuyer(string approverId, QuoteAcceptance acceptance, int approvalsNeeded, DateTime now)
    {
        Ensure("accepted", Status == QuoteStatus.Issued);
        EnsureAnswering(acceptance.Revision);
        EnsureStillValid(now);
        if (_buyerApprovals.Any(a => a.UserId == approverId))
        {
            throw new DomainException(AlreadyApproved(Reference, Revision));
        }
        var approval = new BuyerApproval(approverId, acceptance.Name, acceptance.Title, acceptance.Revision, now);
        _buyerApprovals.Add(approval);
        if (_buyerApprovals.Count >= approvalsNeeded)
        {
            Accept(acceptance, now);
            return;
        }
        Touch(now);
        Record(new BuyerApprovalGiven(this, now, approval, approvalsNeeded - _buyerApprovals.Count));
    }

    /// <summary>The refusal of a second approval by the same person.</summary>
    public static string AlreadyApproved(string reference, int revision) =>
        $"You have already approved revision {revision} of {reference}; the next approval must come from another approver.";

    /// <summary>A revision that is replaced or expires keeps no approvals: they were given to that revision.</summary>
    private void DropBuyerApprovals(DateTime now)
    {
        if (_buyerApprovals.Count == 0 || Acceptance is not null)
        {
            return;
        }
        var dropped = string.Join(", ", _buyerApprovals.Select(a => a.Name));
        var revision = _buyerApprovals[0].Revision;
        _buyerApprovals.Clear();
        Record(new BuyerApprovalsDropped(this, now, revision, dropped));
    }

    /// <summary>The deposit of the accepted revision is paid (confirmed by the provider, or received by transfer); <paramref name="receipt"/> says what arrived and how.</summary>
    public void ConfirmDeposit(string receipt, DateTime now)
    {
        Ensure("marked as deposit paid", Status == QuoteStatus.Accepted);
        MoveTo(QuoteStatus.DepositPaid, now);
        Record(new DepositConfirmed(this, QuoteStatus.Accepted, now, receipt));
    }

    /// <summary>An admin cancels a quote whose deposit is paid, saying why; the use case refunds the deposit and releases the supply.</summary>
    public void CancelAfterDeposit(string reason, DateTime now)
    {
        Ensure("cancelled with a refund", Status == QuoteStatus.DepositPaid);
        MoveTo(QuoteStatus.Cancelled, now);
        Record(new CancelledAfterDeposit(this, QuoteStatus.DepositPaid, now, reason.Trim()));
    }

    /// <summary>Sales rejects a request it cannot quote, saying why.</summary>
    public void Reject(string reason, DateTime now)
    {
        Ensure("rejected", Status.IsOpen());
        var from = Status;
        MoveTo(QuoteStatus.Rejected, now);
        Record(new QuoteRejected(this, from, now, reason.Trim()));
    }

    /// <summary>The customer or sales cancels a quote that is still open, issued or accepted (before any deposit is paid), saying why if it likes.</summary>
    public void Cancel(string? reason, DateTime now)
    {
        Ensure("cancelled", Status.IsCancellable());
        var from = Status;
        MoveTo(QuoteStatus.Cancelled, now);
        Record(new QuoteCancelled(this, from, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
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

    private void Record(QuoteEvent happened) => _events.Add(happened);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

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

    private static void EnsureDiscount(decimal? percent)
    {
        if (percent is < 0 or > DiscountAuthority.Max)
        {
            throw new DomainException(DiscountAuthority.OutOfRange);
        }
    }

    private void EnsureLineTerms(LineTerms terms, Quarter earliest)
    {
        EnsureDiscount(terms.DiscountPercent);
        if (terms.Quantity < 1)
        {
            throw new DomainException("Each line needs a quantity of at least 1; remove the line instead.");
        }
        if (terms.Quarter < earliest)
        {
            throw new DomainException($"A line cannot be delivered in {terms.Quarter}, before {earliest}.");
        }
    }

    private void EnsureStillValid(DateTime now)
    {
        if (now > ValidUntilUtc)
        {
            throw new DomainException($"{Reference} was valid until {ValidUntilUtc:d MMM yyyy HH:mm} UTC and can no longer be accepted; ask sales for a new revision.");
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
    public static string Describe(QuoteStatus status) => QuoteStatusText.Phrase(status);
}
