using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Application.Accounts.Passwords;

public sealed record ResetPasswordCommand(string Email, string Token, string Password);

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress();
        RuleFor(c => c.Password).StrongPassword();
    }
}

/// <summary>
/// Forgot-password mail and the reset that follows it; neither tells whether an address has an account. The mail is
/// queued and saved at once: the answer does not wait for the mail server.
/// </summary>
public sealed class ResetPasswordHandler(
    IPortalDb db,
    UserManager<PortalUser> users,
    IValidator<ResetPasswordCommand> validator,
    IMailQueue mail,
    IAccountLinks links)
{
    public async Task SendResetLinkAsync(string address, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(address);
        if (user is null || !user.EmailConfirmed)
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        mail.Enqueue(new EmailMessage(user.Email!,
            "Reset your sales portal password",
            $"Hello {user.FullName},\n\nsomeone asked to reset your password. If it was you, choose a new one here:\n" +
            $"{links.ResetPassword(user.Email!, token)}\n\nIf it was not you, ignore this mail."));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Result> ResetAsync(ResetPasswordCommand command)
    {
        var validation = await validator.ValidateAsync(command);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var user = await users.FindByEmailAsync(command.Email);
        var reset = user is null ? null : await users.ResetPasswordAsync(user, command.Token, command.Password);
        if (reset is not { Succeeded: true })
        {
            return Result.Fail(string.Empty, "This reset link is no longer valid. Ask for a new one.");
        }
        await users.ResetAccessFailedCountAsync(user!);
        return Result.Success;
    }
}
