using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Application.Accounts.FirstAdmin;

/// <summary>
/// The first admin of a new installation, with no password anywhere in the configuration: at start, while the
/// database has no admin, the address in <see cref="Setting"/> gets an admin account without a password and a mail
/// with a link to choose one (the invitation's link, on the public address). Once an admin exists it does nothing, so
/// the setting may stay, except that a start after that link lapsed unused mails a new one. An address that already
/// has an account is never made an admin this way.
/// </summary>
public sealed class InviteFirstAdmin(
    IPortalDb db,
    UserManager<PortalUser> users,
    IMailQueue mail,
    IAccountLinks links,
    TimeProvider clock,
    ILogger<InviteFirstAdmin> logger)
{
    public const string Setting = "Portal:FirstAdmin";

    public const string FullName = "Portal administrator";

    /// <param name="linkLifetime">How long a link to choose a password stays valid.</param>
    public async Task InviteAsync(string? address, TimeSpan linkLifetime, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }
        address = address.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var admins = await users.GetUsersInRoleAsync(PortalRoles.Admin);
        if (admins is [{ PasswordHash: null } invited] && string.Equals(invited.Email, address, StringComparison.OrdinalIgnoreCase)
            && invited.CreatedUtc + linkLifetime <= now)
        {
            await MailLinkAsync(invited, cancellationToken);
            logger.LogInformation("The first admin's link to {Address} lapsed unused: a new one went to it by mail.", address);
            return;
        }
        if (admins.Count > 0)
        {
            return;
        }
        if (await users.FindByEmailAsync(address) is not null)
        {
            logger.LogWarning("{Setting} names {Address}, which already has an account: it is not made an admin. Name an address without an account.",
                Setting, address);
            return;
        }
        await InviteNewAdminAsync(address, now, cancellationToken);
    }

    private async Task InviteNewAdminAsync(string address, DateTime now, CancellationToken cancellationToken)
    {
        var admin = new PortalUser { UserName = address, Email = address, FullName = FullName, CreatedUtc = now };
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(admin);
        if (!created.Succeeded)
        {
            logger.LogWarning("{Setting} '{Address}' cannot be an account: {Reasons}", Setting, address,
                string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }
        await users.AddToRoleAsync(admin, PortalRoles.Admin);
        db.Record(now, Setting, admin, AccountAudit.Invited, toState: PortalRoles.Admin);
        // The mail is saved with the admin: either both are there, or neither and the next start tries again.
        await MailLinkAsync(admin, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Address} is invited as the first admin: the link to choose a password went to it by mail.", address);
    }

    /// <summary>Queues the mail with the link and saves it.</summary>
    private async Task MailLinkAsync(PortalUser admin, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(admin);
        mail.Enqueue(new EmailMessage(admin.Email!,
            "You are the sales portal's first admin",
            MailText.WithLink($"Hello,\n\nthe sales portal was installed with {admin.Email} as its first admin.",
                "Choose your password", links.AcceptInvitation(admin.Id, token))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
