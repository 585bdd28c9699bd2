using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Auditing;

namespace Portal.Application.Accounts.Invitations;

public sealed class InviteUserHandler(
    IPortalDb db,
    UserManager<PortalUser> users,
    IValidator<InviteUserCommand> validator,
    IEmailSender email,
    IAccountLinks links,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(InviteUserCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var organizationId = await OrganizationOfInviteeAsync(command.Role, actor);
        if (await users.FindByEmailAsync(command.Email) is not null)
        {
            return Result.Fail(nameof(command.Email), "Someone with this email already has an account.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            UserName = command.Email.Trim(),
            Email = command.Email.Trim(),
            FullName = command.FullName.Trim(),
            OrganizationId = organizationId,
            CreatedUtc = now,
        };
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Result.Fail(created.ToFieldErrors(nameof(command.Email)));
        }
        await users.AddToRoleAsync(user, command.Role);
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, "User", user.Email!, "Invited", toState: command.Role));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await email.SendAsync(new EmailMessage(user.Email!,
            "You are invited to the sales portal",
            $"Hello {user.FullName},\n\n{actor.Name} invited you to the sales portal as {command.Role}.\n" +
            $"Choose your password here:\n{links.AcceptInvitation(user.Id, token)}\n"),
            cancellationToken);
        return Result.Success;
    }

    private async Task<int?> OrganizationOfInviteeAsync(string role, Actor actor)
    {
        if (role == PortalRoles.Customer)
        {
            var inviter = await users.FindByIdAsync(actor.UserId);
            if (inviter is not { IsOrganizationOwner: true, OrganizationId: not null })
            {
                throw new UnauthorizedAccessException("Only an organization's first user can invite colleagues.");
            }
            return inviter.OrganizationId;
        }
        if (!actor.IsAdmin)
        {
            throw new UnauthorizedAccessException("Only admins can invite staff.");
        }
        return null;
    }
}
