using System.Globalization;
using CsvHelper;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// The vendor's destination rules as a CSV file with the columns country (an ISO 3166 code, or * for every country),
/// classification (empty for every classification), rule (allowed, licence required or prohibited), effective_from
/// (yyyy-MM-dd) and note. It is the vendor's own file, read at first start: any bad row stops the start, naming it.
/// </summary>
public static class DestinationRulesFile
{
    private static readonly CsvReaderOptions Options = new() { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true };

    public static IReadOnlyList<DestinationRule> Read(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), Options);
        var rules = new List<DestinationRule>();
        var problems = new List<string>();
        while (csv.Read())
        {
            try
            {
                rules.Add(RuleOf(csv));
            }
            catch (Exception problem) when (problem is DomainException or FormatException)
            {
                problems.Add($"line {csv.LineNumber}: {problem.Message}");
            }
        }
        return problems.Count == 0
            ? rules
            : throw new InvalidDataException($"The destination rules file {path} has bad rows: {string.Join("; ", problems)}");
    }

    private static DestinationRule RuleOf(CsvReader csv)
    {
        var country = csv.GetString("country").ToUpperInvariant();
        if (country != DestinationRule.AnyCountry && !Countries.IsKnown(country))
        {
            throw new FormatException($"'{country}' is not an ISO 3166 country code or *.");
        }
        var note = csv.GetStringOrNull("note");
        if (note is { Length: > DestinationRule.NoteMaxLength })
        {
            throw new FormatException($"the note is longer than {DestinationRule.NoteMaxLength} characters.");
        }
        return new DestinationRule(country, csv.GetStringOrNull("classification"), VerdictOf(csv.GetString("rule")),
            DateTime.ParseExact(csv.GetString("effective_from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            note);
    }

    /// <summary>The rule as people write it: "licence required" or "license required", in any case.</summary>
    public static DestinationVerdict VerdictOf(string rule) => rule.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
    {
        "allowed" => DestinationVerdict.Allowed,
        "licencerequired" or "licenserequired" => DestinationVerdict.LicenceRequired,
        "prohibited" => DestinationVerdict.Prohibited,
        _ => throw new FormatException($"'{rule}' is not a rule: write allowed, licence required or prohibited."),
    };
}
