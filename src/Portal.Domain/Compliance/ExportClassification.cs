using System.Text.RegularExpressions;

namespace Portal.Domain.Compliance;

/// <summary>
/// A product's export classification: an Export Control Classification Number such as 4A090.a (five characters, then
/// sub-paragraphs in lower case) or EAR99 for items that no entry controls. Written the way the regulations write it,
/// whatever case it was typed in.
/// </summary>
public static partial class ExportClassification
{
    public const int MaxLength = 16;
    public const string Ear99 = "EAR99";
    public const string Format = "an ECCN such as 4A090.a or 5A992.c, or EAR99";

    public static string Normalize(string? typed)
    {
        var text = (typed ?? string.Empty).Trim();
        return text.Length <= 5 ? text.ToUpperInvariant() : text[..5].ToUpperInvariant() + text[5..].ToLowerInvariant();
    }

    public static bool IsValid(string? typed) => Shape().IsMatch(Normalize(typed)) && Normalize(typed).Length <= MaxLength;

    /// <summary>
    /// Whether a rule written for <paramref name="ruleClassification"/> covers the classification: the same entry or
    /// one of its sub-paragraphs (a rule for 4A090 covers 4A090.a, one for 4A090.a does not cover 4A090.b).
    /// </summary>
    public static bool IsCoveredBy(string classification, string ruleClassification) =>
        classification == ruleClassification || classification.StartsWith(ruleClassification + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"^(EAR99|[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*)$")]
    private static partial Regex Shape();
}
