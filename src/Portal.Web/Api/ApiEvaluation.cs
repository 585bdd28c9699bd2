using Portal.Application.Api;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;

namespace Portal.Web.Api;

/// <summary>
/// What the configurator would show for a configuration: whether it keeps every rule (and, if not, each broken rule by
/// field), its price per line with the volume discount, and the earliest quarter with supply for what is allocated.
/// Each broken rule the vendor declares is also in <c>brokenRules</c>, by name, with the fix the portal can apply.
/// </summary>
/// <param name="Total">For all the racks, in major units of <paramref name="Currency"/>; null until a base rack and a count are given.</param>
public sealed record ApiEvaluation(bool Valid, IReadOnlyList<ApiProblemField> Problems, IReadOnlyList<ApiPriceLine> Lines, decimal? ListTotal,
    decimal? VolumeDiscount, decimal? Total, string? Currency, decimal? VolumeDiscountPercent, int? NextTierMinRacks, IReadOnlyList<ApiSupply> Supply,
    IReadOnlyList<ApiBrokenRule> BrokenRules)
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
            evaluation.Supply.Select(s => new ApiSupply(s.Sku, s.Name, s.Units, s.EarliestQuarter?.ToString())).ToList(),
            evaluation.BrokenRules.Select(ApiBrokenRule.Of).ToList());
    }
}

/// <param name="Field">The request's field the message is about; empty for the configuration as a whole.</param>
public sealed record ApiProblemField(string Field, string Message);

/// <param name="Amount">After the volume discount.</param>
public sealed record ApiPriceLine(string Sku, string Name, int Quantity, decimal UnitPrice, decimal ListAmount, decimal Amount);

/// <param name="EarliestQuarter">The earliest quarter with enough free units; null when none of the allocated quarters has them.</param>
public sealed record ApiSupply(string Sku, string Name, int Units, string? EarliestQuarter);

/// <param name="Rule">The rule's name in the vendor's rules file.</param>
/// <param name="Fix">The change to each rack that keeps the rule; null when the portal cannot make one (a site's power).</param>
public sealed record ApiBrokenRule(string Rule, string Field, string Message, ApiFix? Fix)
{
    public static ApiBrokenRule Of(BrokenRule broken) =>
        new(broken.Rule, ApiFields.Name(broken.Field), broken.Message,
            broken.Fix is { } fix ? new ApiFix(fix.Action.ToString(), fix.Product.Sku, fix.Quantity, fix.Description) : null);
}

/// <param name="Action">Add (so many more of the product to each rack), Remove (the product) or SetCount (so many of it in each rack).</param>
public sealed record ApiFix(string Action, string Sku, int Quantity, string Description);
