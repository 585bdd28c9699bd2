using Portal.Application.Catalog;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Pricing;

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
    QuotePrice Price)
{
    public PriceSummary Summary => Price.Summary;

    public decimal DepositPercent => Vendor.QuoteTerms.DepositPercent;

    public Money Deposit => Percent.Of(Summary.Total, DepositPercent);

    public string Title => $"Quotation {Reference}, revision {Revision}";

    public string FileName => FileNameOf(Reference, Revision);

    public static string FileNameOf(string reference, int revision) => $"{reference.Replace(' ', '-')}-rev{revision}.pdf";

    /// <summary>
    /// The quarter whose supply a line draws on: the requested delivery quarter, for every line, until sales sets a
    /// quarter per line when it prices the quote.
    /// </summary>
    public Quarter? SupplyQuarter(ProductPrice line) => RequestedQuarter;
}
