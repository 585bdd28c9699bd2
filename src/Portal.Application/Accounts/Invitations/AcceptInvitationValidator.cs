using FluentValidation;
using Portal.Application.Common;

namespace Portal.Application.Accounts.Invitations;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator() => RuleFor(c => c.Password).StrongPassword();
}
