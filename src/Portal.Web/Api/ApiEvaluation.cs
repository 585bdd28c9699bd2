using Portal.Application.Api;
using Portal.Application.Configurations;

namespace Portal.Web.Api;

/// <summary>
/// What the configurator would show for a configuration: whether it keeps every rule (and, if not, each broken rule by
/// field), its price per line with the volume discount, and the earliest quarter with supply for what is allocated.
/// </summary>
/// <param name="Total">For all the racks, in major units of <paramref name="Currency"/>; null until a base rack and a count are given.</param>
public sealed record ApiEvaluation(bool Valid, IReadOnlyList<ApiProblemField> Problems, IReadOnlyList<ApiPriceLine> Lines, decimal? ListTotal,
    decimal? VolumeDiscount, decimal? Total, string? Currency, decimal? VolumeDiscountPercent, int? NextTierMinRacks, IReadOnlyList<ApiSupply> Supply)
{
    public static ApiEvaluation Of(ConfigurationEvaluation evaluation)
    {
        var (price, configuration, tier) = (evaluation.Price, evaluation.Configuration, evaluation.VolumeTier);
        var lines = price is null || configuration is null || tier is null
            ? []
            : ConfigurationPricing.Lines(configuration, evaluation.Check.RackCount, tier)
                .Select(l => new ApiPriceLine(l.Product.Sku, l.Product.Name, l.Line.Quantity, l.Line.UnitPrice.Major, l.Line.ListAmount.Major, l.Line.Amount.Major))
                .ToList();
        return new ApiEvaluation(
            evaluation.IsValid,
            evaluation.Problems.Select(p => new ApiProblemField(ApiFields.Name(p.Field), p.Message)).ToList(),
            lines,
            price?.ListTotal.Major,
            price?.VolumeDiscount.Major,
            price?.Total.Major,
            price?.Currency,
            price is null ? null : tier?.DiscountPercent,
            evaluation.NextVolumeTier?.MinRacks,
            evaluation.Supply.Select(s => new ApiSupply(s.Sku, s.Name, s.Units, s.EarliestQuarter?.ToString())).ToList());
    }
}

/// <param name="Field">The request's field the message is about; empty for the configuration as a whole.</param>
public sealed record ApiProblemField(string Field, string Message);

/// <param name="Amount">After the volume discount.</param>
public sealed record ApiPriceLine(string Sku, string Name, int Quantity, decimal UnitPrice, decimal ListAmount, decimal Amount);

/// <param name="EarliestQuarter">The earliest quarter with enough free units; null when none of the allocated quarters has them.</param>
public sealed record ApiSupply(string Sku, string Name, int Units, string? EarliestQuarter);
