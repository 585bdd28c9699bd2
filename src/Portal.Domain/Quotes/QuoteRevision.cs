using System.Security.Cryptography;
using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// An issued revision of a quote, frozen: its PDF (with its SHA-256), when it was issued, until when it is valid and its
/// total. Nothing changes it; a changed quote is issued as a new revision.
/// </summary>
public sealed class QuoteRevision
{
    public const int IssuedByMaxLength = 256;

    private QuoteRevision()
    {
        Pdf = [];
        PdfSha256 = string.Empty;
        Currency = string.Empty;
        IssuedBy = string.Empty;
    }

    public QuoteRevision(Quote quote, byte[] pdf, Money total, string issuedBy)
    {
        QuoteId = quote.Id;
        Number = quote.Revision;
        IssuedUtc = quote.IssuedUtc ?? throw new InvalidOperationException($"{quote.Reference} has not been issued.");
        ValidUntilUtc = quote.ValidUntilUtc!.Value;
        Pdf = pdf;
        PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        TotalMinorUnits = total.MinorUnits;
        Currency = total.Currency;
        IssuedBy = issuedBy.Length <= IssuedByMaxLength ? issuedBy : issuedBy[..IssuedByMaxLength];
    }

    public int Id { get; private set; }
    public int QuoteId { get; private set; }
    public int Number { get; private set; }
    public DateTime IssuedUtc { get; private set; }
    public DateTime ValidUntilUtc { get; private set; }
    public byte[] Pdf { get; private set; }
    public string PdfSha256 { get; private set; }
    public long TotalMinorUnits { get; private set; }
    public string Currency { get; private set; }
    public string IssuedBy { get; private set; }

    public Money Total => new(TotalMinorUnits, Currency);
}
