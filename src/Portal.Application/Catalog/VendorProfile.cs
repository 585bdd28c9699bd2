namespace Portal.Application.Catalog;

/// <summary>The vendor that runs this portal, as its catalog file describes it.</summary>
/// <param name="Address">Postal address lines, the legal name first: quote documents print them under "From".</param>
/// <param name="Logo">A JPEG (or PNG) file beside the catalog file, drawn at the head of quote documents; optional. A JPEG goes into
/// each PDF as it is; a PNG is decoded and compressed again for every document, which costs several milliseconds.</param>
public sealed record VendorProfile(
    string Name,
    string Tagline,
    IReadOnlyList<string> Address,
    string Email,
    string Currency,
    bool PricesAreIllustrative,
    QuoteTerms QuoteTerms,
    string? Logo = null);

/// <summary>What the vendor's quotes say unless sales changes it: how long they stay valid, the terms, and the deposit due on acceptance.</summary>
/// <param name="DepositPercent">The share of the total asked as a deposit on acceptance; 10 % when the catalog file does not say.</param>
public sealed record QuoteTerms(int ValidityDays, IReadOnlyList<string> Conditions, decimal DepositPercent = QuoteTerms.DefaultDepositPercent)
{
    public const decimal DefaultDepositPercent = 10m;
}
