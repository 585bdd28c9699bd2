namespace Portal.Application.Organizations.Reinstate;

public sealed record ReinstateOrganizationCommand(int OrganizationId);
