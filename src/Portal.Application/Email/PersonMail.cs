using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;

namespace Portal.Application.Email;

/// <summary>
/// Queues a mail to one person of the portal by their id, greeting them by name (see <see cref="IMailQueue"/>: it is
/// saved with the caller's next save); nobody is mailed when they have no address.
/// </summary>
public sealed class PersonMail(UserManager<PortalUser> users, IMailQueue mail)
{
    public async Task ToPersonAsync(string userId, string subject, string body, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is { Email: { } address } person)
        {
            mail.Enqueue(new EmailMessage(address, subject, $"Hello {person.FullName},\n\n{body}"));
        }
    }
}
