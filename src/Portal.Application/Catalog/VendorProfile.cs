namespace Portal.Application.Catalog;

/// <summary>The vendor that runs this portal, as its catalog file describes it.</summary>
public sealed record VendorProfile(
    string Name,
    string Tagline,
    IReadOnlyList<string> Address,
    string Email,
    string Currency,
    bool PricesAreIllustrative);
