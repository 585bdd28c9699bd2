using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;

namespace Portal.Application.Accounts.Invitations;

/// <summary>An invited person chooses a password; that also confirms the email the invitation went to.</summary>
public sealed class AcceptInvitationHandler(UserManager<PortalUser> users, IValidator<AcceptInvitationCommand> validator)
{
    public async Task<Result> HandleAsync(AcceptInvitationCommand command)
    {
        var validation = await validator.ValidateAsync(command);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var user = await users.FindByIdAsync(command.UserId);
        if (user is null || user.PasswordHash is not null)
        {
            return Result.Fail(string.Empty, "This invitation is no longer valid. Ask for a new one.");
        }
        var reset = await users.ResetPasswordAsync(user, command.Token, command.Password);
        if (!reset.Succeeded)
        {
            return Result.Fail(string.Empty, "This invitation is no longer valid. Ask for a new one.");
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return Result.Success;
    }
}
