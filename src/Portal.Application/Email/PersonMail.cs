using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;

namespace Portal.Application.Email;

/// <summary>Mails one person of the portal by their id, greeting them by name; nobody is mailed when they have no address.</summary>
public sealed class PersonMail(UserManager<PortalUser> users, IEmailSender email)
{
    public async Task ToPersonAsync(string userId, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is { Email: { } address } person)
        {
            await email.SendAsync(new EmailMessage(address, subject, $"Hello {person.FullName},\n\n{body}"), cancellationToken);
        }
    }
}
