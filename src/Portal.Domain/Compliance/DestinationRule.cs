using Portal.Domain.Common;

namespace Portal.Domain.Compliance;

/// <summary>
/// A rule for shipping to a country (or to every country, <see cref="AnyCountry"/>), for one classification or for all,
/// from a date on. Rules are never edited: a change is a new rule from a later date, so that a quote checked against an
/// old rule can still show which one it was. Only a rule not yet in effect may be withdrawn.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class DestinationRule
{
    public const string AnyCountry = "*";
    public const int CountryCodeMaxLength = 2;
    public const int NoteMaxLength = 500;

    private DestinationRule()
    {
        CountryCode = AnyCountry;
        Note = string.Empty;
    }

    public DestinationRule(string countryCode, string? classification, DestinationVerdict verdict, DateTime effectiveFrom, string? note)
        : this()
    {
        CountryCode = countryCode.Trim().ToUpperInvariant();
        Classification = string.IsNullOrWhiteSpace(classification) ? null : ExportClassification.Normalize(classification);
        if (Classification is not null && !ExportClassification.IsValid(Classification))
        {
            throw new DomainException($"A rule's classification is {ExportClassification.Format}.");
        }
        Verdict = verdict;
        EffectiveFrom = DateTime.SpecifyKind(effectiveFrom.Date, DateTimeKind.Utc);
        Note = (note ?? string.Empty).Trim();
    }

    public int Id { get; private set; }

    /// <summary>An ISO 3166 two-letter code, or <see cref="AnyCountry"/>.</summary>
    public string CountryCode { get; private set; }

    /// <summary>The classification (and its sub-paragraphs) the rule is for; null for every classification.</summary>
    public string? Classification { get; private set; }

    public DestinationVerdict Verdict { get; private set; }

    /// <summary>The first day (UTC, whatever kind of date it was given) the rule applies, until a rule for the same country and classification takes over.</summary>
    public DateTime EffectiveFrom { get; private set; }

    public string Note { get; private set; }

    public bool IsForEveryCountry => CountryCode == AnyCountry;

    public bool Covers(string countryCode, string classification) =>
        (IsForEveryCountry || CountryCode == countryCode)
        && (Classification is null || ExportClassification.IsCoveredBy(classification, Classification));

    public bool IsInEffectOn(DateTime day) => EffectiveFrom <= day;

    public string Describe() =>
        $"{(IsForEveryCountry ? "Every country" : CountryCode)}, {Classification ?? "every classification"}: {DestinationVerdictText.Of(Verdict).ToLowerInvariant()} from {EffectiveFrom:yyyy-MM-dd}";
}
