using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Application.Accounts;

/// <summary>
/// Queues a mail to one person of the portal by their id, greeting them by name, or to everyone of a staff role (see
/// <see cref="IMailQueue"/>: it is saved with the caller's next save); nobody is mailed who has no address.
/// </summary>
public sealed class PersonMail(UserManager<PortalUser> users, IMailQueue mail)
{
    public Task ToPersonAsync(string userId, string subject, string body, CancellationToken cancellationToken = default) =>
        ToPersonAsync(userId, new EmailMessage(string.Empty, subject, body), cancellationToken);

    /// <summary>The message (its reply-to and attachment as they are) to the person, greeted by name.</summary>
    public async Task ToPersonAsync(string userId, EmailMessage message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is { Email: { } address } person)
        {
            mail.Enqueue(message with { To = address, TextBody = $"Hello {person.FullName},\n\n{message.TextBody}" });
        }
    }

    /// <summary>
    /// The message to everyone of the company who holds <paramref name="role"/>, each greeted by name; when nobody holds
    /// it, to the person <paramref name="otherwiseUserId"/>, so that the mail reaches someone of the company.
    /// </summary>
    public async Task ToCompanyRoleAsync(int organizationId, CompanyRoles role, string otherwiseUserId, EmailMessage message,
        CancellationToken cancellationToken = default)
    {
        var holders = await users.Users.Where(u => u.OrganizationId == organizationId && (u.CompanyRoles & role) == role)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var holder in holders.Count > 0 ? holders : [otherwiseUserId])
        {
            await ToPersonAsync(holder, message, cancellationToken);
        }
    }

    /// <summary>Everyone of the role (<see cref="PortalRoles"/>) with an address: for what needs one of them to act.</summary>
    public async Task ToRoleAsync(string role, string subject, string body, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var staff in (await users.GetUsersInRoleAsync(role)).Where(s => s.Email is not null))
        {
            mail.Enqueue(new EmailMessage(staff.Email!, subject, body));
        }
    }
}
