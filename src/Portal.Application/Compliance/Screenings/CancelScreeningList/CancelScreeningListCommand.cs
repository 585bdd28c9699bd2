namespace Portal.Application.Compliance.Screenings.CancelScreeningList;

/// <summary>The staged list an admin discards.</summary>
public sealed record CancelScreeningListCommand(int StagedId);
