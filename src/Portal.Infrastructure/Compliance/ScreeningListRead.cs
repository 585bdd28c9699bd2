using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>What a screening list file gave: its parties, the rows it could not take and why, and its SHA-256 (hex, lower-case).</summary>
public sealed record ScreeningListRead(IReadOnlyList<RestrictedParty> Parties, IReadOnlyList<ListRowProblem> Problems, string Sha256);

/// <summary>A row of a screening list file left out: its line in the file (the header is line 1) and why.</summary>
public sealed record ListRowProblem(long Line, string Reason);
