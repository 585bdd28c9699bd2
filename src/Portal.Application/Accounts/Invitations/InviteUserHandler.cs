using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Organizations;

namespace Portal.Application.Accounts.Invitations;

public sealed class InviteUserHandler(
    IPortalDb db,
    UserManager<PortalUser> users,
    IValidator<InviteUserCommand> validator,
    IMailQueue mail,
    IAccountLinks links,
    VendorProfile vendor,
    IOptions<InvitationLimits> limits,
    TimeProvider clock)
{
    /// <summary>What a company that is not in good standing cannot do, in <see cref="OrderingRefusal"/>'s words.</summary>
    public const string WhatInvites = "invite colleagues";

    /// <summary>What an invited colleague may do until an administrator gives more: prepare and submit quote requests.</summary>
    public const CompanyRoles InvitedColleagueRoles = CompanyRoles.Requester;

    public async Task<Result> HandleAsync(InviteUserCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var organization = await OrganizationOfInviteeAsync(command.Role, actor);
        if (organization is not null && OrderingRefusal.Of(organization, WhatInvites) is { } refusal)
        {
            return Result.Fail(string.Empty, refusal);
        }
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
            OrganizationId = organization?.Id,
            CompanyRoles = organization is null ? CompanyRoles.None : InvitedColleagueRoles,
            CreatedUtc = now,
        };
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (organization is not null && !await WithinDailyLimitAsync(organization.Id, now, cancellationToken))
        {
            return Result.Fail(string.Empty,
                $"Your company has sent {limits.Value.PerCompanyPerDay} invitations in the last 24 hours, as many as it may. Try again tomorrow.");
        }
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Result.Fail(created.ToFieldErrors(nameof(command.Email)));
        }
        await users.AddToRoleAsync(user, command.Role);
        db.Record(now, actor.Name, user, AccountAudit.Invited, toState: command.Role);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        mail.Enqueue(Invitation(user, organization?.Name, command.Role, actor, links.AcceptInvitation(user.Id, token)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// Counts the company's invitations of the last 24 hours, after taking its row's write lock (an update that changes
    /// nothing), so that invitations sent at the same moment are counted one after the other on both databases.
    /// </summary>
    private async Task<bool> WithinDailyLimitAsync(int organizationId, DateTime now, CancellationToken cancellationToken)
    {
        await db.Organizations.Where(o => o.Id == organizationId)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Tier, o => o.Tier), cancellationToken);
        var since = now.AddDays(-1);
        var invited = await db.Users.CountAsync(u => u.OrganizationId == organizationId && !u.IsOrganizationOwner && u.CreatedUtc > since, cancellationToken);
        return invited < limits.Value.PerCompanyPerDay;
    }

    /// <summary>The mail opens with who sends it, the vendor and the inviting company; the names typed by the inviter come after.</summary>
    private EmailMessage Invitation(PortalUser user, string? company, string role, Actor actor, string link)
    {
        var inviter = company ?? vendor.Name;
        var what = company is null ? $"its team as {role}" : "its company account";
        return new EmailMessage(user.Email!,
            $"{vendor.Name}: {inviter} invites you to the sales portal",
            MailText.WithLink($"{vendor.Name} sales portal: {inviter} invites you to {what}.\n\n" +
                $"Sent by {actor.Name} of {inviter}, for {user.FullName} <{user.Email}>.", "Choose your password", link) +
            "\nIf you did not expect this invitation, ignore this mail: no account opens without you.\n");
    }

    private async Task<Organization?> OrganizationOfInviteeAsync(string role, Actor actor)
    {
        if (role == PortalRoles.Customer)
        {
            if (!await db.IsCompanyAdministratorAsync(actor))
            {
                throw new NotAllowedException(Actor.MissingRole(CompanyRoles.Administrator));
            }
            return await db.Organizations.SingleAsync(o => o.Id == actor.CustomerOrganizationId);
        }
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only admins can invite people to the team.");
        }
        return null;
    }
}
