namespace Portal.Application.Compliance.Screenings.Review;

/// <param name="Cleared">True when the officer found the company is not the listed party; false when it is.</param>
public sealed record ReviewScreeningCommand(int ScreeningId, bool Cleared, string? Note);
