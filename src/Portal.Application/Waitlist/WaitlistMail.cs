using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Domain.Payments;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// Tells the person who put an entry on the waitlist what happened to it, and the company's Finance people about a
/// reservation's deposit, with the way to the waitlist page: the mail is saved with the caller's next save.
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

    /// <summary>
    /// The company's Finance people, who pay a reservation's deposit (the person who made the reservation when nobody
    /// holds the role), each greeted by name: led to the waitlist, where they pay it, its invoice attached.
    /// </summary>
    public Task ToPayersAsync(WaitlistEntry entry, Deposit deposit, string subject, string body, CancellationToken cancellationToken = default) =>
        mail.ToCompanyRoleAsync(entry.OrganizationId, CompanyRoles.Finance, entry.JoinedById,
            new EmailMessage(string.Empty, subject, MailText.WithLink(body, "Open your company's waitlist in the portal", links.Waitlist()))
            {
                Attachment = new MailAttachment(MailAttachmentKind.DepositInvoice, deposit.Reference),
            },
            cancellationToken);
}
