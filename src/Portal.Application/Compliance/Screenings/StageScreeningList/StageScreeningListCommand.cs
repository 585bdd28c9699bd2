namespace Portal.Application.Compliance.Screenings.StageScreeningList;

/// <summary>A restricted-party list file an admin uploads, with the name it had.</summary>
public sealed record StageScreeningListCommand(Stream File, string FileName);
