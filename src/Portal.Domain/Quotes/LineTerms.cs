using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// What sales sets on one line of a quote in review: its quantity (racks for a configuration), its own discount (none:
/// the quote's discount applies) and its delivery quarter (none: the requested quarter), or that it goes.
/// </summary>
public sealed record LineTerms(int Quantity, decimal? DiscountPercent, Quarter? Quarter, bool Remove = false);

/// <summary>
/// Sales' pricing of a quote in review: the whole-quote discount, the validity, each line's terms, products it adds,
/// and components it adds to each rack of a configuration (by the configuration's id), such as the networking a
/// request from a waitlist offer arrives without.
/// </summary>
public sealed record QuoteRepricing(
    decimal DiscountPercent,
    int ValidityDays,
    IReadOnlyDictionary<int, LineTerms> Configurations,
    IReadOnlyDictionary<int, LineTerms> Products,
    IReadOnlyList<(Catalog.Product Product, int Quantity)> Added,
    IReadOnlyDictionary<int, (Catalog.Product Product, int Quantity)>? AddedComponents = null)
{
    public const int MinValidityDays = 1;
    public const int MaxValidityDays = 90;

    public static readonly string ValidityOutOfRange = $"A quote is valid for {MinValidityDays} to {MaxValidityDays} days.";
}
