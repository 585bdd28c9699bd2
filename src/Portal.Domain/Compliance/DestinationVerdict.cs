namespace Portal.Domain.Compliance;

/// <summary>What a destination rule says of shipping there, from the least to the most restrictive.</summary>
public enum DestinationVerdict
{
    Allowed,
    LicenceRequired,
    Prohibited,
}

public static class DestinationVerdictText
{
    /// <summary>The verdict as a sentence writes it: "Licence required".</summary>
    public static string Of(DestinationVerdict verdict) => verdict switch
    {
        DestinationVerdict.Allowed => "Allowed",
        DestinationVerdict.LicenceRequired => "Licence required",
        _ => "Prohibited",
    };
}
