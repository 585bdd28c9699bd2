namespace Portal.Application.Accounts.Invitations;

/// <summary>Invite a person: an admin invites staff (Sales, Admin); an organization's first user invites colleagues (Customer).</summary>
public sealed record InviteUserCommand(string FullName, string Email, string Role);
