using Portal.Domain.Organizations;

namespace Portal.Application.Organizations.SetTier;

/// <param name="Tier">Null when the form's value named no tier.</param>
public sealed record SetTierCommand(int OrganizationId, OrganizationTier? Tier);
