namespace Portal.Application.Payments;

/// <summary>
/// Where customers transfer deposits to, from configuration (Payments:BankTransfer): printed on deposit invoices. The
/// demo's values are illustrative; a vendor sets its own.
/// </summary>
public sealed class BankTransferDetails
{
    public const string Section = "Payments:BankTransfer";

    public string AccountName { get; set; } = string.Empty;
    public string BankName { get; set; } = string.Empty;
    public string Iban { get; set; } = string.Empty;
    public string Bic { get; set; } = string.Empty;

    /// <summary>Days from the invoice to the date the transfer is due.</summary>
    public int DueDays { get; set; } = 14;

    /// <summary>The date a deposit asked for on a day is due by: on its invoice and in the customer's list.</summary>
    public DateOnly DueOn(DateTime askedUtc) => DateOnly.FromDateTime(askedUtc).AddDays(DueDays);

    public bool IsSet => !string.IsNullOrWhiteSpace(AccountName) && !string.IsNullOrWhiteSpace(Iban);
}
