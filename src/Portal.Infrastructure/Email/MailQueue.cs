using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;

namespace Portal.Infrastructure.Email;

/// <summary>Adds each mail as a row to the scoped unit of work: it commits, or rolls back, with the change it tells of.</summary>
internal sealed class MailQueue(IPortalDb db, TimeProvider clock) : IMailQueue
{
    public void Enqueue(EmailMessage message) =>
        db.QueuedMails.Add(new QueuedMail(message.To, message.Subject, message.TextBody, clock.GetUtcNow().UtcDateTime, message.ReplyTo,
            message.Attachment));
}
