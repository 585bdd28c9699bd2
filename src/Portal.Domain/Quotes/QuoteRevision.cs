using System.Security.Cryptography;
using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// An issued revision of a quote, frozen: its PDF (with its SHA-256), when it was issued, until when it is valid, its
/// lines as they were priced and its totals. Nothing changes it; a changed quote is issued as a new revision, and two
/// revisions are compared line by line (<see cref="RevisionComparison"/>).
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteRevision
{
    public const int IssuedByMaxLength = 256;
    public const int ExportEvidenceMaxLength = 4000;

    private readonly List<QuoteRevisionLine> _lines = [];

    private QuoteRevision()
    {
        Pdf = [];
        PdfSha256 = string.Empty;
        Currency = string.Empty;
        IssuedBy = string.Empty;
        ExportEvidence = string.Empty;
    }

    public QuoteRevision(Quote quote, byte[] pdf, RevisionTotals totals, IEnumerable<QuoteRevisionLine> lines, string issuedBy,
        string exportEvidence = "")
    {
        ExportEvidence = exportEvidence.Length <= ExportEvidenceMaxLength ? exportEvidence : exportEvidence[..ExportEvidenceMaxLength];
        QuoteId = quote.Id;
        Number = quote.Revision;
        IssuedUtc = quote.IssuedUtc ?? throw new InvalidOperationException($"{quote.Reference} has not been issued.");
        SecondsSinceSubmitted = quote.SubmittedUtc is { } submitted ? (long)(IssuedUtc - submitted).TotalSeconds : null;
        ValidUntilUtc = quote.ValidUntilUtc!.Value;
        Pdf = pdf;
        PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Currency = totals.Total.Currency;
        ListTotalMinorUnits = totals.ListTotal.MinorUnits;
        VolumeDiscountMinorUnits = totals.VolumeDiscount.MinorUnits;
        SalesDiscountMinorUnits = totals.SalesDiscount.MinorUnits;
        TotalMinorUnits = totals.Total.MinorUnits;
        DepositMinorUnits = totals.Deposit.MinorUnits;
        IssuedBy = issuedBy.Length <= IssuedByMaxLength ? issuedBy : issuedBy[..IssuedByMaxLength];
        _lines.AddRange(lines);
    }

    public int Id { get; private set; }
    public int QuoteId { get; private set; }
    public int Number { get; private set; }

    /// <summary>How long after the request's last submission this revision was issued: the reports' response time.</summary>
    public long? SecondsSinceSubmitted { get; private set; }
    public DateTime IssuedUtc { get; private set; }
    public DateTime ValidUntilUtc { get; private set; }
    public byte[] Pdf { get; private set; }
    public string PdfSha256 { get; private set; }
    public string Currency { get; private set; }
    public long ListTotalMinorUnits { get; private set; }
    public long VolumeDiscountMinorUnits { get; private set; }
    public long SalesDiscountMinorUnits { get; private set; }
    public long TotalMinorUnits { get; private set; }
    public long DepositMinorUnits { get; private set; }
    public string IssuedBy { get; private set; }

    /// <summary>Why it could be issued to its destination: the export rules and the screenings it was checked against, or the licence.</summary>
    public string ExportEvidence { get; private set; }

    /// <summary>The lines as the PDF prints them, in its order.</summary>
    public IReadOnlyList<QuoteRevisionLine> Lines => _lines.AsReadOnly();

    public Money Total => new(TotalMinorUnits, Currency);

    public RevisionTotals Totals => new(
        new Money(ListTotalMinorUnits, Currency), new Money(VolumeDiscountMinorUnits, Currency),
        new Money(SalesDiscountMinorUnits, Currency), Total, new Money(DepositMinorUnits, Currency));
}

/// <summary>The totals of an issued revision, as its PDF states them.</summary>
public sealed record RevisionTotals(Money ListTotal, Money VolumeDiscount, Money SalesDiscount, Money Total, Money Deposit);

/// <summary>
/// One product line of an issued revision, frozen. <see cref="Group"/> names the quote line it belongs to (a rack
/// configuration by its id, or the loose products), so the same line is found again in another revision.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteRevisionLine
{
    public const int GroupMaxLength = 40;
    public const int GroupTitleMaxLength = 300;
    public const int SkuMaxLength = Catalog.Product.SkuMaxLength;
    public const int DescriptionMaxLength = Catalog.Product.NameMaxLength;

    /// <summary>The group of the loose products and services.</summary>
    public const string ProductsGroup = "products";

    private QuoteRevisionLine()
    {
        Group = string.Empty;
        GroupTitle = string.Empty;
        Sku = string.Empty;
        Description = string.Empty;
    }

    public QuoteRevisionLine(string group, string groupTitle, string sku, string description, int quantity, Money unitPrice,
        decimal volumeDiscountPercent, decimal salesDiscountPercent, Money amount, Quarter? quarter)
    {
        Group = group;
        GroupTitle = groupTitle.Length <= GroupTitleMaxLength ? groupTitle : groupTitle[..GroupTitleMaxLength];
        Sku = sku;
        Description = description.Length <= DescriptionMaxLength ? description : description[..DescriptionMaxLength];
        Quantity = quantity;
        UnitPriceMinorUnits = unitPrice.MinorUnits;
        VolumeDiscountPercent = volumeDiscountPercent;
        SalesDiscountPercent = salesDiscountPercent;
        AmountMinorUnits = amount.MinorUnits;
        Quarter = quarter;
    }

    /// <summary>The group of a rack configuration's lines.</summary>
    public static string ConfigurationGroup(int configurationId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"configuration-{configurationId}");

    public string Group { get; private set; }
    public string GroupTitle { get; private set; }
    public string Sku { get; private set; }
    public string Description { get; private set; }
    public int Quantity { get; private set; }
    public long UnitPriceMinorUnits { get; private set; }
    public decimal VolumeDiscountPercent { get; private set; }
    public decimal SalesDiscountPercent { get; private set; }
    public long AmountMinorUnits { get; private set; }
    public Quarter? Quarter { get; private set; }
}
