using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;
using Portal.Application.Email;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>Tells the person who put an entry on the waitlist what happened to it.</summary>
public sealed class WaitlistMail(UserManager<PortalUser> users, IEmailSender email)
{
    public async Task ToJoinerAsync(WaitlistEntry entry, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(entry.JoinedById) is { Email: { } address } person)
        {
            await email.SendAsync(new EmailMessage(address, subject, $"Hello {person.FullName},\n\n{body}\nYour waitlist is in the portal, under Waitlist.\n"), cancellationToken);
        }
    }
}
