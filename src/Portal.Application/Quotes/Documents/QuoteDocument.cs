using Portal.Application.Catalog;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Documents;

/// <summary>
/// Everything a quote's PDF says, gathered and priced: the renderer only lays it out. A quote that sales has not
/// issued is a draft and is drawn as one.
/// </summary>
public sealed record QuoteDocument(
    VendorProfile Vendor,
    string Reference,
    int Revision,
    bool IsDraft,
    DateOnly Date,
    DateOnly ValidUntil,
    Organization Customer,
    Site? Site,
    QuoteContact Contact,
    Quarter? RequestedQuarter,
    string Notes,
    QuotePrice Price,
    string ExportEvidence = "")
{
    public PriceSummary Summary => Price.Summary;

    public decimal DepositPercent => Vendor.QuoteTerms.DepositPercent;

    public Money Deposit => Percent.Of(Summary.Total, DepositPercent);

    public string Title => $"Quotation {Reference}, revision {Revision}";

    public string FileName => FileNameOf(Reference, Revision);

    public static string FileNameOf(string reference, int revision) => $"{reference.Replace(' ', '-')}-rev{revision}.pdf";

    /// <summary>How the document heads a configuration's lines: "Configuration 2: 4 × Trainium2 rack".</summary>
    public static string ConfigurationTitle(int index, RackPrice configuration) =>
        $"Configuration {index}: {configuration.Rack.RackCount} × {configuration.Build.Rack.Name}";

    public const string ProductsTitle = "Services and other products";

    public RevisionTotals Totals => new(Summary.ListTotal, Summary.VolumeDiscount, Summary.SalesDiscount, Summary.Total, Deposit);

    /// <summary>The document's lines as an issued revision keeps them, grouped as the PDF groups them.</summary>
    public IEnumerable<QuoteRevisionLine> RevisionLines() =>
        Price.Racks
            .SelectMany((c, i) => c.Lines.Select(l => RevisionLine(QuoteRevisionLine.ConfigurationGroup(c.Rack.Id), ConfigurationTitle(i + 1, c), l)))
            .Concat(Price.Products.Select(l => RevisionLine(QuoteRevisionLine.ProductsGroup, ProductsTitle, l)));

    private static QuoteRevisionLine RevisionLine(string group, string title, ProductPrice price) =>
        new(group, title, price.Product.Sku, price.Product.Name, price.Line.Quantity, price.Line.UnitPrice,
            price.Line.VolumeDiscountPercent, price.Line.SalesDiscountPercent, price.Line.Amount, price.Quarter);
}
