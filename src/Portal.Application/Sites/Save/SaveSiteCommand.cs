using Portal.Domain.Organizations;

namespace Portal.Application.Sites.Save;

/// <summary>Add a site (no id) or change one of the organization's sites.</summary>
public sealed record SaveSiteCommand(int? Id, string Name, string City, string CountryCode, int PowerAvailableKw, CoolingType Cooling);
