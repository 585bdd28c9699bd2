using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

/// <summary>Every action tried in every state: each legal move lands where the lifecycle says, each illegal one is refused and changes nothing.</summary>
public sealed class QuoteLifecycleTests
{
    internal static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ValidUntil = Now.AddDays(30);
    internal static readonly DateTime Later = Now.AddHours(1);
    private static readonly DateTime AfterValidity = ValidUntil.AddHours(1);

    private static QuoteAcceptance Acceptance(int revision, DateTime? at = null) =>
        new("Harper Quinn", "Head of infrastructure", "PO-1", "203.0.113.7", revision, at ?? Now);

    /// <summary>A quote brought to the state along the lifecycle's own moves.</summary>
    internal static Quote In(QuoteStatus status)
    {
        var quote = new Quote(1, "buyer", Now);
        quote.AddProduct(Products.Service(), 2, Now);
        quote.Describe(7, Quarter.Containing(Now).Plus(1), "", Now);
        if (status == QuoteStatus.Draft)
        {
            return quote;
        }
        quote.Submit(Now);
        switch (status)
        {
            case QuoteStatus.InReview:
                quote.Claim("sales", Now);
                break;
            case QuoteStatus.PendingApproval:
                quote.Claim("sales", Now);
                quote.Reprice(Priced(15m), Quarter.Containing(Now), Now);
                quote.RequestApproval(Now);
                break;
            case QuoteStatus.ChangesRequested:
                quote.Claim("sales", Now);
                quote.RequestChanges("Add support", Now);
                break;
            case QuoteStatus.Rejected:
                quote.Reject("Out of range", Now);
                break;
            case QuoteStatus.Cancelled:
                quote.Cancel(null, Now);
                break;
            case QuoteStatus.ComplianceHold:
                quote.Claim("sales", Now);
                quote.Approve(DiscountAuthority.Sales, Now);
                quote.HoldForExportLicence("Licence required", Now);
                break;
            case QuoteStatus.Approved or QuoteStatus.Issued or QuoteStatus.Accepted or QuoteStatus.DepositPaid or QuoteStatus.Declined or QuoteStatus.Expired:
                quote.Claim("sales", Now);
                quote.Approve(DiscountAuthority.Sales, Now);
                if (status == QuoteStatus.Approved)
                {
                    break;
                }
                quote.Issue(Now, ValidUntil, Totals.Of(100_00));
                if (status is QuoteStatus.Accepted or QuoteStatus.DepositPaid)
                {
                    quote.Accept(Acceptance(quote.Revision), Now);
                }
                if (status == QuoteStatus.DepositPaid)
                {
                    quote.ConfirmDeposit("100.00 USD, by card", Now);
                }
                if (status == QuoteStatus.Declined)
                {
                    quote.Decline("Too dear", Now);
                }
                if (status == QuoteStatus.Expired)
                {
                    quote.Expire(ValidUntil.AddMinutes(1));
                }
                break;
        }
        Assert.Equal(status, quote.Status);
        return quote;
    }

    /// <summary>Each action with the time it is tried at: expiry after the validity, everything else an hour after the setup.</summary>
    internal static readonly IReadOnlyDictionary<string, (DateTime At, Action<Quote> Act)> Actions = new Dictionary<string, (DateTime, Action<Quote>)>
    {
        ["submit"] = (Later, q => q.Submit(Later)),
        ["claim"] = (Later, q => q.Claim("other-sales", Later)),
        ["request changes"] = (Later, q => q.RequestChanges("Add support", Later)),
        ["price"] = (Later, q => q.Reprice(Priced(5m), Quarter.Containing(Later), Later)),
        ["price above sales authority"] = (Later, q =>
        {
            q.Reprice(Priced(15m), Quarter.Containing(Later), Later);
            q.RequestApproval(Later);
        }),
        ["send back for pricing"] = (Later, q => q.SendBackForPricing("Too deep", Later)),
        ["approve"] = (Later, q => q.Approve(DiscountAuthority.Admin, Later)),
        ["revise"] = (Later, q => q.Revise("other-sales", Later)),
        ["issue"] = (Later, q => q.Issue(Later, ValidUntil, Totals.Of(100_00))),
        ["accept"] = (Later, q => q.Accept(Acceptance(q.Revision, Later), Later)),
        ["decline"] = (Later, q => q.Decline("Too dear", Later)),
        ["expire"] = (AfterValidity, q => q.Expire(AfterValidity)),
        ["move delivery"] = (Later, q => q.MoveDelivery(Quarter.Containing(Now).Plus(3), Later)),
        ["reject"] = (Later, q => q.Reject("Out of range", Later)),
        ["cancel"] = (Later, q => q.Cancel(null, Later)),
        ["confirm deposit"] = (Later, q => q.ConfirmDeposit("100.00 USD, by card", Later)),
        ["cancel after deposit"] = (Later, q => q.CancelAfterDeposit("Project stopped", Later)),
        ["edit"] = (Later, q => q.AddProduct(Products.Service("SVC-SUPPORT"), 1, Later)),
        ["hold for licence"] = (Later, q => q.HoldForExportLicence("Licence required", Later)),
        ["clear export"] = (Later, q => q.ClearExport("LIC-1", ValidUntil, Later)),
        ["refuse export"] = (Later, q => q.RefuseExport("Refused", Later)),
    };

    /// <summary>The quote's whole-quote discount set, its lines as they are, valid 20 days.</summary>
    private static QuoteRepricing Priced(decimal discount) => new(discount, 20, new Dictionary<int, LineTerms>(), new Dictionary<int, LineTerms>(), []);

    /// <summary>The lifecycle as a table: state, action, the state it leads to (null: refused).</summary>
    public static TheoryData<QuoteStatus, string, QuoteStatus?> Moves()
    {
        var legal = new Dictionary<(QuoteStatus, string), QuoteStatus>
        {
            [(QuoteStatus.Draft, "submit")] = QuoteStatus.Submitted,
            [(QuoteStatus.Draft, "edit")] = QuoteStatus.Draft,
            [(QuoteStatus.Submitted, "claim")] = QuoteStatus.InReview,
            [(QuoteStatus.Submitted, "reject")] = QuoteStatus.Rejected,
            [(QuoteStatus.Submitted, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.InReview, "claim")] = QuoteStatus.InReview,
            [(QuoteStatus.InReview, "request changes")] = QuoteStatus.ChangesRequested,
            [(QuoteStatus.InReview, "reject")] = QuoteStatus.Rejected,
            [(QuoteStatus.InReview, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.ChangesRequested, "edit")] = QuoteStatus.ChangesRequested,
            [(QuoteStatus.ChangesRequested, "submit")] = QuoteStatus.Submitted,
            [(QuoteStatus.ChangesRequested, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.InReview, "approve")] = QuoteStatus.Approved,
            [(QuoteStatus.Submitted, "move delivery")] = QuoteStatus.Submitted,
            [(QuoteStatus.InReview, "move delivery")] = QuoteStatus.InReview,
            [(QuoteStatus.Approved, "issue")] = QuoteStatus.Issued,
            [(QuoteStatus.Approved, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.Approved, "hold for licence")] = QuoteStatus.ComplianceHold,
            [(QuoteStatus.ComplianceHold, "clear export")] = QuoteStatus.Approved,
            [(QuoteStatus.ComplianceHold, "refuse export")] = QuoteStatus.Rejected,
            [(QuoteStatus.ComplianceHold, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.Issued, "accept")] = QuoteStatus.Accepted,
            [(QuoteStatus.Issued, "decline")] = QuoteStatus.Declined,
            [(QuoteStatus.Issued, "expire")] = QuoteStatus.Expired,
            [(QuoteStatus.Issued, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.Accepted, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.Accepted, "confirm deposit")] = QuoteStatus.DepositPaid,
            [(QuoteStatus.DepositPaid, "cancel after deposit")] = QuoteStatus.Cancelled,
            [(QuoteStatus.InReview, "price")] = QuoteStatus.InReview,
            [(QuoteStatus.InReview, "price above sales authority")] = QuoteStatus.PendingApproval,
            [(QuoteStatus.PendingApproval, "send back for pricing")] = QuoteStatus.InReview,
            [(QuoteStatus.PendingApproval, "approve")] = QuoteStatus.Approved,
            [(QuoteStatus.PendingApproval, "cancel")] = QuoteStatus.Cancelled,
            [(QuoteStatus.Issued, "revise")] = QuoteStatus.InReview,
            [(QuoteStatus.Declined, "revise")] = QuoteStatus.InReview,
            [(QuoteStatus.Expired, "revise")] = QuoteStatus.InReview,
        };
        var data = new TheoryData<QuoteStatus, string, QuoteStatus?>();
        foreach (var status in Enum.GetValues<QuoteStatus>())
        {
            foreach (var action in Actions.Keys)
            {
                data.Add(status, action, legal.TryGetValue((status, action), out var to) ? to : null);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void EachActionInEachState(QuoteStatus from, string action, QuoteStatus? expected)
    {
        var quote = In(from);
        var before = (quote.Status, quote.UpdatedUtc, quote.Version, quote.SubmittedUtc, quote.ClaimedById, quote.Products.Count, quote.Acceptance, quote.RequestedQuarter, quote.Revision, quote.DiscountPercent);

        var (at, act) = Actions[action];

        var refusal = Record.Exception(() => act(quote));

        if (expected is { } to)
        {
            Assert.Null(refusal);
            Assert.Equal(to, quote.Status);
            Assert.Equal(at, quote.UpdatedUtc);
        }
        else
        {
            var domain = Assert.IsType<DomainException>(refusal);
            Assert.Contains(quote.Reference, domain.Message);
            Assert.Contains(Quote.Describe(from), domain.Message);
            Assert.Equal(before, (quote.Status, quote.UpdatedUtc, quote.Version, quote.SubmittedUtc, quote.ClaimedById, quote.Products.Count, quote.Acceptance, quote.RequestedQuarter, quote.Revision, quote.DiscountPercent));
        }
    }

    [Fact]
    public void ClaimingShowsWhoWorksOnItAndATakeOverChangesIt()
    {
        var quote = In(QuoteStatus.Submitted);

        quote.Claim("sam", Now);
        quote.Claim("alex", Now.AddHours(2));

        Assert.Equal("alex", quote.ClaimedById);
        Assert.Equal(Now.AddHours(2), quote.ClaimedUtc);
    }

    [Fact]
    public void ResubmittingKeepsTheNumberAndRestartsTheQueueClock()
    {
        var quote = In(QuoteStatus.ChangesRequested);
        var number = quote.Number;

        quote.Submit(Now.AddDays(1));

        Assert.Equal(number, quote.Number);
        Assert.Equal(Now.AddDays(1), quote.SubmittedUtc);
        Assert.Equal("sales", quote.ClaimedById);
    }

    [Fact]
    public void AnIssuedQuoteCannotBeAcceptedAfterItsValidityOrInAnOldRevision()
    {
        var quote = In(QuoteStatus.Issued);

        var late = Assert.Throws<DomainException>(() => quote.Accept(Acceptance(quote.Revision, AfterValidity), AfterValidity));
        var old = Assert.Throws<DomainException>(() => quote.Accept(Acceptance(quote.Revision - 1), Later));

        Assert.Contains("can no longer be accepted", late.Message);
        Assert.Contains("has been replaced by revision 1", old.Message);
        Assert.Equal(QuoteStatus.Issued, quote.Status);
        Assert.Throws<DomainException>(() => quote.Expire(Later));
    }

    [Fact]
    public void EveryChangeBumpsTheVersion()
    {
        var quote = In(QuoteStatus.Submitted);
        var version = quote.Version;

        quote.Claim("sales", Later);

        Assert.Equal(version + 1, quote.Version);
    }

    [Fact]
    public void AnExportHoldIsClearedOnlyWithALicenceStillValidWhichTheQuoteKeeps()
    {
        var quote = In(QuoteStatus.ComplianceHold);

        var expired = Record.Exception(() => quote.ClearExport("LIC-OLD", Now.AddDays(-1), Later));
        quote.ClearExport(" LIC-2026-0042 ", ValidUntil, Later);

        Assert.Contains("expired", Assert.IsType<DomainException>(expired).Message);
        Assert.Equal((QuoteStatus.Approved, "LIC-2026-0042", ValidUntil), (quote.Status, quote.ExportLicenceNumber, quote.ExportLicenceExpiresUtc));
    }
}
