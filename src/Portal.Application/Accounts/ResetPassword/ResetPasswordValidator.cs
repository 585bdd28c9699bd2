using FluentValidation;
using Portal.Application.Common;

namespace Portal.Application.Accounts.ResetPassword;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Email).Email(PortalUser.EmailMaxLength);
        RuleFor(c => c.Password).StrongPassword();
    }
}
