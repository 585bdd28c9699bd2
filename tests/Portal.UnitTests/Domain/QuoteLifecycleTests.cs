using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

/// <summary>Every action tried in every state: each legal move lands where the lifecycle says, each illegal one is refused and changes nothing.</summary>
public sealed class QuoteLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>A quote brought to the state along the lifecycle's own moves.</summary>
    private static Quote In(QuoteStatus status)
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
            case QuoteStatus.ChangesRequested:
                quote.Claim("sales", Now);
                quote.RequestChanges(Now);
                break;
            case QuoteStatus.Rejected:
                quote.Reject(Now);
                break;
            case QuoteStatus.Cancelled:
                quote.Cancel(Now);
                break;
        }
        Assert.Equal(status, quote.Status);
        return quote;
    }

    private static readonly IReadOnlyDictionary<string, Action<Quote>> Actions = new Dictionary<string, Action<Quote>>
    {
        ["submit"] = q => q.Submit(Now.AddHours(1)),
        ["claim"] = q => q.Claim("other-sales", Now.AddHours(1)),
        ["request changes"] = q => q.RequestChanges(Now.AddHours(1)),
        ["reject"] = q => q.Reject(Now.AddHours(1)),
        ["cancel"] = q => q.Cancel(Now.AddHours(1)),
        ["edit"] = q => q.AddProduct(Products.Service("SVC-SUPPORT"), 1, Now.AddHours(1)),
    };

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
        var before = (quote.Status, quote.UpdatedUtc, quote.SubmittedUtc, quote.ClaimedById, quote.Products.Count, quote.Number);

        var refusal = Record.Exception(() => Actions[action](quote));

        if (expected is { } to)
        {
            Assert.Null(refusal);
            Assert.Equal(to, quote.Status);
            Assert.Equal(Now.AddHours(1), quote.UpdatedUtc);
        }
        else
        {
            var domain = Assert.IsType<DomainException>(refusal);
            Assert.Contains(quote.Reference, domain.Message);
            Assert.Contains(Quote.Describe(from), domain.Message);
            Assert.Equal(before, (quote.Status, quote.UpdatedUtc, quote.SubmittedUtc, quote.ClaimedById, quote.Products.Count, quote.Number));
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
}
