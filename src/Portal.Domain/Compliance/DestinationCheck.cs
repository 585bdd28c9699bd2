namespace Portal.Domain.Compliance;

/// <summary>The verdict on shipping one classification to one country on one day, and the rule it came from (none: no rule covers it).</summary>
public sealed record DestinationCheck(string CountryCode, string Classification, DestinationVerdict Verdict, DestinationRule? Rule)
{
    public string Reason => Rule is null
        ? $"No destination rule covers {Classification} to {CountryCode}; a compliance officer decides."
        : $"{DestinationVerdictText.Of(Verdict)} by the rule {Rule.Describe()}.";
}
