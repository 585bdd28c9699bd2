namespace Portal.Application.Compliance;

/// <summary>
/// Where the vendor's export rules and restricted-party list come from at first start: files beside the catalog file,
/// named in its <c>compliance</c> section. Illustrative data (the demo's) is labelled as such wherever it shows.
/// </summary>
public sealed record ComplianceData(string? DestinationRules = null, string? ScreeningList = null, bool Illustrative = false);
