using Portal.Application.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;

namespace Portal.Application.Payments;

/// <summary>What a deposit invoice shows: who asks whom for what, where to transfer it and the reference to quote.</summary>
public sealed record DepositInvoice(
    VendorProfile Vendor,
    Organization Customer,
    Deposit Deposit,
    string? QuoteNumber,
    BankTransferDetails Bank,
    DateOnly Date,
    DateOnly DueDate,
    bool IsTestMode)
{
    public string Title => $"Deposit invoice {Deposit.Reference}";

    /// <summary>The billing address, tax id and purchase order the invoice is made out to.</summary>
    public BilledTo Billing { get; init; } = BilledTo.Nothing;
}

/// <summary>Draws a deposit invoice as a PDF, with the same layout layer as quotes.</summary>
public interface IDepositInvoiceRenderer
{
    byte[] Render(DepositInvoice invoice);
}
