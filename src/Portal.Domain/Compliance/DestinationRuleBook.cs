namespace Portal.Domain.Compliance;

/// <summary>
/// Finds the rule that decides a shipment. Of each country and classification's rules, the latest in effect on the day
/// counts. A rule for the country and the classification decides; otherwise the stricter of the country's rule for
/// every classification and the rule for the classification in every country; otherwise the rule for everything.
/// Where no rule covers a shipment a licence is required, so that a person looks at it.
/// </summary>
public sealed class DestinationRuleBook(IEnumerable<DestinationRule> rules)
{
    private readonly IReadOnlyList<DestinationRule> _rules = rules.ToList();

    public DestinationCheck Check(string countryCode, string classification, DateTime day)
    {
        var country = countryCode.ToUpperInvariant();
        var current = _rules
            .Where(r => r.Covers(country, classification) && r.IsInEffectOn(day))
            .GroupBy(r => (r.CountryCode, r.Classification))
            .Select(scope => scope.MaxBy(r => (r.EffectiveFrom, r.Id))!)
            .ToList();
        var decisive = MostSpecific(current.Where(r => !r.IsForEveryCountry && r.Classification is not null))
            ?? Stricter(current.SingleOrDefault(r => !r.IsForEveryCountry && r.Classification is null),
                MostSpecific(current.Where(r => r.IsForEveryCountry && r.Classification is not null)))
            ?? current.SingleOrDefault(r => r.IsForEveryCountry && r.Classification is null);
        return new DestinationCheck(country, classification, decisive?.Verdict ?? DestinationVerdict.LicenceRequired, decisive);
    }

    private static DestinationRule? MostSpecific(IEnumerable<DestinationRule> rules) =>
        rules.MaxBy(r => r.Classification!.Length);

    private static DestinationRule? Stricter(DestinationRule? forCountry, DestinationRule? forClassification) =>
        forCountry is null || (forClassification is not null && forClassification.Verdict > forCountry.Verdict)
            ? forClassification
            : forCountry;
}
