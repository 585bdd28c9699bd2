using Portal.Application.Accounts;
using Portal.Application.Email;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>Tells the person who put an entry on the waitlist what happened to it: the mail is saved with the caller's next save.</summary>
public sealed class WaitlistMail(PersonMail mail)
{
    public Task ToJoinerAsync(WaitlistEntry entry, string subject, string body, CancellationToken cancellationToken = default) =>
        mail.ToPersonAsync(entry.JoinedById, subject, $"{body}\nYour waitlist is in the portal, under Waitlist.\n", cancellationToken);
}
