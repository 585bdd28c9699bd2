using Portal.Domain.Common;

namespace Portal.Domain.Compliance;

/// <summary>A listed party that came near a screened name: which list and entry, which of its names, and the score.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed record ScreeningMatch(string Source, string EntryId, string ListedName, string MatchedName, double Score)
{
    public static ScreeningMatch Of(ScreeningCandidate candidate) =>
        new(candidate.Party.Source, candidate.Party.EntryId, candidate.Party.Name, candidate.MatchedName, Math.Round(candidate.Score, 3));
}
