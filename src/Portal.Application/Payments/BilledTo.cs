using Portal.Application.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Payments;

/// <summary>
/// Whom a deposit's invoice is made out to: a quote's deposit to the billing address, tax id and purchase order its
/// acceptance kept; a reservation's to the company's default billing address and tax id as they are.
/// </summary>
public sealed record BilledTo(IReadOnlyList<string> AddressLines, string? TaxId, string? PurchaseOrder)
{
    public static readonly BilledTo Nothing = new([], null, null);

    public static BilledTo AsAccepted(QuoteAcceptance acceptance) =>
        new(acceptance.BillingAddressLines, acceptance.TaxId, acceptance.PurchaseOrder);

    public static BilledTo AsNow(Organization company) =>
        new(company.DefaultBillingAddress is { } address ? AddressFormat.Lines(address) : [], company.TaxId, null);
}
