namespace Portal.Application.Compliance.Screenings.ConfirmScreeningList;

/// <summary>The staged list an admin confirms.</summary>
public sealed record ConfirmScreeningListCommand(int StagedId);
