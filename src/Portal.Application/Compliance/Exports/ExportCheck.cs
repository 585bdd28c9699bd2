using System.Globalization;
using Portal.Domain.Catalog;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Exports;

/// <summary>
/// What the export rules and the screenings say of a quote to its site on a day: the rule for each classification on
/// it, the products nobody has classified, and the screenings the company and site passed (for accelerator lines).
/// </summary>
public sealed record ExportCheck(
    string CountryCode,
    DateTime Day,
    IReadOnlyList<DestinationCheck> Checks,
    IReadOnlyList<Product> Unclassified,
    IReadOnlyList<Screening> Screenings,
    ScreeningListVersion? ListVersion,
    bool CarriesAccelerators)
{
    public DestinationVerdict Verdict => Checks.Select(c => c.Verdict).DefaultIfEmpty(DestinationVerdict.Allowed).Max();

    /// <summary>Accelerators go only to a company and site screened clear (or cleared) against the current list.</summary>
    public bool ScreenedClear => !CarriesAccelerators
        || (Screenings.Count > 0 && Screenings.All(s => s.Outcome is ScreeningOutcome.Clear or ScreeningOutcome.Cleared));

    /// <summary>Why it cannot be issued (or submitted) at all, in words for the person asking; null when it can.</summary>
    public string? Refusal =>
        Unclassified.Count > 0
            ? $"{string.Join(", ", Unclassified.Select(p => p.Name))} {(Unclassified.Count == 1 ? "has" : "have")} no export classification yet; an admin classifies products before they are quoted."
        : Checks.FirstOrDefault(c => c.Verdict == DestinationVerdict.Prohibited) is { } prohibited
            ? $"Products classified {prohibited.Classification} cannot be shipped to {prohibited.CountryCode}: {prohibited.Reason}"
        : !ScreenedClear
            ? "The company or its site has a restricted-party screening that is not cleared; a compliance officer must review it before accelerators are quoted."
        : null;

    /// <summary>The evidence an issued revision keeps: each classification's rule, the screenings and the licence, if one.</summary>
    public string Evidence(string? licenceNumber, DateTime? licenceExpires)
    {
        var day = Day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"Export check on {day}, destination {CountryCode}: " +
            string.Join("; ", Checks.Select(c => $"{c.Classification} {DestinationVerdictText.Of(c.Verdict).ToLowerInvariant()}" + (c.Rule is { } rule ? $" (rule from {rule.EffectiveFrom:yyyy-MM-dd})" : " (no rule)"))) + ".",
        };
        if (ListVersion is not null && Screenings.Count > 0)
        {
            lines.Add($"Restricted-party screening: {string.Join(", ", Screenings.Select(s => $"{s.ScreenedName} {s.Outcome.ToString().ToLowerInvariant()} on {s.ScreenedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"))} against {ListVersion.Label}.");
        }
        if (licenceNumber is not null)
        {
            lines.Add($"Export licence {licenceNumber}, valid until {licenceExpires!.Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
