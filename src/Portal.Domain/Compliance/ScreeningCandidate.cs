namespace Portal.Domain.Compliance;

/// <summary>A listed party whose name or alternate name (<paramref name="MatchedName"/>, as listed) is as alike as the threshold asked.</summary>
public sealed record ScreeningCandidate(RestrictedParty Party, string MatchedName, double Score);
