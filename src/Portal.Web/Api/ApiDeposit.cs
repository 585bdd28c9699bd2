using Portal.Application.Api;
using Portal.Domain.Payments;

namespace Portal.Web.Api;

/// <summary>A deposit's status as the API tells it.</summary>
/// <param name="Amount">In major units of <paramref name="Currency"/>.</param>
/// <param name="PurchaseOrder">The purchase order the quote was accepted with; null for a reservation's deposit or when none was given.</param>
/// <param name="BillingAddress">The billing address the quote's acceptance kept, one line per element; empty for a reservation's deposit.</param>
/// <param name="TaxId">The tax id the quote's acceptance kept.</param>
public sealed record ApiDeposit(int Id, string Reference, int? QuoteId, int? WaitlistEntryId, string Description, decimal Amount, string Currency,
    DepositMethod Method, DepositState State, DateTime CreatedUtc, DateTime? PaidUtc, DateTime? RefundedUtc,
    string? PurchaseOrder, IReadOnlyList<string> BillingAddress, string? TaxId)
{
    public static ApiDeposit Of(BilledDeposit billed)
    {
        var (d, acceptance) = (billed.Deposit, billed.Acceptance);
        return new(d.Id, d.Reference, d.QuoteId, d.WaitlistEntryId, d.Description, d.Amount.Major, d.Currency, d.Method, d.State, d.CreatedUtc,
            d.PaidUtc, d.RefundedUtc, acceptance?.PurchaseOrder, acceptance?.BillingAddressLines ?? [], acceptance?.TaxId);
    }
}
