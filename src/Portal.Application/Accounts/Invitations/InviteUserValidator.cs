using FluentValidation;
using Portal.Application.Common;

namespace Portal.Application.Accounts.Invitations;

public sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.FullName).PersonName(PortalUser.FullNameMaxLength).WithName("Name");
        RuleFor(c => c.Email).Email(PortalUser.EmailMaxLength).WithName("Email");
        RuleFor(c => c.Role).Must(r => PortalRoles.All.Contains(r)).WithMessage("Choose a role from the list.");
    }
}
