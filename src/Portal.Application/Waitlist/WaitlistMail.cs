using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// Tells the person who put an entry on the waitlist what happened to it, with the way to their waitlist page: the mail
/// is saved with the caller's next save.
/// </summary>
public sealed class WaitlistMail(PersonMail mail, IPageLinks links)
{
    public Task ToJoinerAsync(WaitlistEntry entry, string subject, string body, CancellationToken cancellationToken = default) =>
        ToJoinerAsync(entry, subject, body, attachment: null, cancellationToken);

    /// <summary>With a document attached (a reservation deposit's invoice).</summary>
    public Task ToJoinerAsync(WaitlistEntry entry, string subject, string body, MailAttachment? attachment, CancellationToken cancellationToken = default) =>
        mail.ToPersonAsync(entry.JoinedById,
            new EmailMessage(string.Empty, subject, MailText.WithLink(body, "Open your waitlist in the portal", links.Waitlist())) { Attachment = attachment },
            cancellationToken);
}
