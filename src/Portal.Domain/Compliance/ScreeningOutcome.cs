namespace Portal.Domain.Compliance;

/// <summary>
/// Where a screening stands: no listed party came near (Clear); some did and a compliance officer must look
/// (PossibleMatch); the officer found it is not the listed party (Cleared) or that it is (Confirmed).
/// </summary>
public enum ScreeningOutcome
{
    Clear,
    PossibleMatch,
    Cleared,
    Confirmed,
}
