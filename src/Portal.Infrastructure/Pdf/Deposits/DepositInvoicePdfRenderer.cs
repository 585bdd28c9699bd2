using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Infrastructure.Pdf.Layout;
using Portal.Infrastructure.Pdf.Quotes;

namespace Portal.Infrastructure.Pdf.Deposits;

/// <summary>
/// Draws a deposit invoice: the vendor and the customer, what the deposit is for, the amount and due date, and the
/// account to transfer it to with the reference the transfer must carry.
/// </summary>
public sealed class DepositInvoicePdfRenderer(IOptions<QuotePdfOptions> options, ILogger<DepositInvoicePdfRenderer> logger) : IDepositInvoiceRenderer
{
    private static readonly TextStyle Heading = new(18, Bold: true, XColor.FromArgb(0x14, 0x21, 0x3D));
    private static readonly TextStyle Section = new(12, Bold: true, XColor.FromArgb(0x14, 0x21, 0x3D));
    private static readonly TextStyle Muted = new(9, Color: XColors.DimGray);
    private static readonly TextStyle Warning = new(9, Bold: true, XColor.FromArgb(0xB0, 0x2A, 0x37));

    public byte[] Render(DepositInvoice invoice)
    {
        var deposit = invoice.Deposit;
        using var layout = new PdfLayout(options.Value.FontFolder, logger, new PageFrame(
            canvas => canvas.Text($"{invoice.Vendor.Name} · {invoice.Title}", Muted, canvas.Area),
            $"{invoice.Vendor.Name} · {invoice.Title}",
            invoice.IsTestMode || invoice.Vendor.PricesAreIllustrative ? "DEMO" : null));
        layout.Paragraph(invoice.Title, Heading, spaceAfter: 2);
        layout.Paragraph($"Dated {PdfFormat.Date(invoice.Date)} · Due by {PdfFormat.Date(invoice.DueDate)}", Muted, spaceAfter: 12);
        var customer = invoice.Customer;
        layout.Columns(
            [TextRun.Strong("From"), .. invoice.Vendor.Address.Select(TextRun.Body), TextRun.Body(invoice.Vendor.Email)],
            [TextRun.Strong("Bill to"), .. BillTo(invoice)]);
        layout.Spacer(12);
        layout.Table(
            [new TableColumn("Description", 4), new TableColumn("Amount", 1.4, XStringAlignment.Far)],
            [
                TableRow.Line(deposit.Description, PdfFormat.Amount(deposit.Amount)),
                TableRow.Total("Due by bank transfer", 1, PdfFormat.Amount(deposit.Amount)),
            ]);
        layout.Spacer(8);
        layout.Paragraph("Pay by bank transfer to", Section, spaceAfter: 4);
        if (invoice.Bank.IsSet)
        {
            layout.Columns(
                [TextRun.Strong("Account name"), TextRun.Strong("Bank"), TextRun.Strong("IBAN"), TextRun.Strong("BIC / SWIFT"), TextRun.Strong("Reference")],
                [TextRun.Body(invoice.Bank.AccountName), TextRun.Body(invoice.Bank.BankName), TextRun.Body(invoice.Bank.Iban), TextRun.Body(invoice.Bank.Bic), TextRun.Strong(deposit.Reference)]);
        }
        else
        {
            layout.Paragraph($"Ask {invoice.Vendor.Email} for the account details, and quote the reference {deposit.Reference}.", Warning);
        }
        layout.Spacer(8);
        layout.Paragraph($"Quote the reference {deposit.Reference} with the transfer, so that we can match it. The deposit is credited against the first invoice"
            + (invoice.QuoteNumber is null ? " and refunded if the reservation is withdrawn." : $" of quote {invoice.QuoteNumber}."), TextStyle.Body);
        if (invoice.Vendor.PricesAreIllustrative)
        {
            layout.Paragraph("This is a demo vendor: the account details are illustrative, and no money should be sent.", Warning);
        }
        return layout.Finish(invoice.Title, invoice.Vendor.Name, $"Deposit invoice for {customer.Name}");
    }

    /// <summary>The customer's name, billing address (its country when it has none), tax id, purchase order and billing e-mail.</summary>
    private static IEnumerable<TextRun> BillTo(DepositInvoice invoice)
    {
        var (customer, billing) = (invoice.Customer, invoice.Billing);
        IEnumerable<string> lines = billing.AddressLines.Count > 0 ? billing.AddressLines : [Countries.NameOf(customer.CountryCode)];
        return [TextRun.Body(customer.Name), .. lines.Select(TextRun.Body),
            .. billing.TaxId is { } taxId ? [TextRun.Body($"Tax id {taxId}")] : Array.Empty<TextRun>(),
            .. billing.PurchaseOrder is { } po ? [TextRun.Body($"Purchase order {po}")] : Array.Empty<TextRun>(),
            TextRun.Body(customer.BillingEmail)];
    }
}
