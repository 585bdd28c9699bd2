namespace Portal.Application.Accounts.ResetPassword;

/// <summary>A new password, with the address and the token of the reset link that was mailed.</summary>
public sealed record ResetPasswordCommand(string Email, string Token, string Password);
