namespace Portal.Application.Accounts.Invitations;

public sealed record AcceptInvitationCommand(string UserId, string Token, string Password);
