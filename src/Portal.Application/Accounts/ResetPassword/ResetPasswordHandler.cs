using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;

namespace Portal.Application.Accounts.ResetPassword;

/// <summary>The reset that follows the mailed link; a link that no longer works is said so, never whose it was.</summary>
public sealed class ResetPasswordHandler(UserManager<PortalUser> users, IValidator<ResetPasswordCommand> validator)
{
    public async Task<Result> HandleAsync(ResetPasswordCommand command)
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
