using Portal.Application.Common;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>
/// Everything the configurator shows about a request: figures, price, supply, and each broken rule by field; the
/// vendor's declared rules among them also as <see cref="BrokenRules"/>, with the fix for each.
/// </summary>
public sealed record ConfigurationEvaluation(
    ConfigurationCheck Check,
    RackBuild? Configuration,
    PriceSummary? Price,
    VolumeTier? VolumeTier,
    VolumeTier? NextVolumeTier,
    IReadOnlyList<SupplyOutlook> Supply,
    IReadOnlyList<FieldError> Problems,
    IReadOnlyList<BrokenRule> BrokenRules)
{
    public bool IsValid => Problems.Count == 0;

    public IEnumerable<string> ProblemsFor(string field) =>
        Problems.Where(p => p.Field == field).Select(p => p.Message);
}

/// <summary>For an allocation-limited product: the earliest quarter with enough free units for the request, if any.</summary>
public sealed record SupplyOutlook(string Sku, string Name, int Units, Quarter? EarliestQuarter);
