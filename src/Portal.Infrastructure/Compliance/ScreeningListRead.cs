namespace Portal.Infrastructure.Compliance;

/// <summary>
/// What a screening list file gave: how many parties, the rows it could not take (the first few with why, and how many in
/// all), and its SHA-256 (hex, lower-case).
/// </summary>
public sealed record ScreeningListRead(int PartyCount, IReadOnlyList<ListRowProblem> Problems, int ProblemCount, string Sha256);

/// <summary>A row of a screening list file left out: its line in the file (the header is line 1) and why.</summary>
public sealed record ListRowProblem(long Line, string Reason);
