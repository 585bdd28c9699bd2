namespace Portal.Application.Organizations.Suspend;

public sealed record SuspendOrganizationCommand(int OrganizationId, string? Reason);
