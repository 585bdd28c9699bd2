namespace Portal.Application.Accounts.Invitations;

/// <summary>Invite a person: an admin invites the team (Sales, Admin, Compliance); an organization's administrators invite colleagues (Customer).</summary>
public sealed record InviteUserCommand(string FullName, string Email, string Role);
