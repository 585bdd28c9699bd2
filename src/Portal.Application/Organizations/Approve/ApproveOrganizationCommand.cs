namespace Portal.Application.Organizations.Approve;

public sealed record ApproveOrganizationCommand(int OrganizationId);
