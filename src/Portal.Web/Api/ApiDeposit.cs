using Portal.Domain.Payments;

namespace Portal.Web.Api;

/// <summary>A deposit's status as the API tells it.</summary>
/// <param name="Amount">In major units of <paramref name="Currency"/>.</param>
public sealed record ApiDeposit(int Id, string Reference, int? QuoteId, int? WaitlistEntryId, string Description, decimal Amount, string Currency,
    DepositMethod Method, DepositState State, DateTime CreatedUtc, DateTime? PaidUtc, DateTime? RefundedUtc)
{
    public static ApiDeposit Of(Deposit d) => new(d.Id, d.Reference, d.QuoteId, d.WaitlistEntryId, d.Description, d.Amount.Major,
        d.Currency, d.Method, d.State, d.CreatedUtc, d.PaidUtc, d.RefundedUtc);
}
