using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Application.Email;
using Portal.Domain.Email;
using Portal.Infrastructure.Outbox;

namespace Portal.Infrastructure.Email;

/// <summary>
/// One attempt at one queued mail: claimed first (saved against its version: of two senders only one wins), then handed
/// to the transport, and its outcome recorded, so that a failure schedules the next try or, after the last, gives it up.
/// </summary>
public sealed partial class MailAttempt(
    IPortalDb db, IEmailSender transport, IEnumerable<IMailAttachmentSource> documents, TimeProvider clock, ILogger<MailAttempt> logger) : IOutboxAttempt
{
    public async Task<bool> MakeAsync(long id, CancellationToken cancellationToken)
    {
        var mail = await db.QueuedMails.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null || !mail.IsDue(Now))
        {
            return false;
        }
        mail.Claim(Now);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return false;
        }
        // Once claimed, the attempt is finished and recorded even while the portal stops (the transport's timeout bounds
        // it): a claim left open would hold the mail back until it runs out.
        var failure = await SendAsync(mail);
        if (failure is null)
        {
            mail.Sent(Now);
        }
        else if (mail.Failed(failure.Words, failure.Permanent, Now))
        {
            LogRetried(logger, mail.Id, mail.Attempts, failure.Words, mail.NextAttemptUtc!.Value);
        }
        else
        {
            LogGivenUp(logger, mail.Id, mail.Attempts, failure.Words);
        }
        await db.TrySaveAsync(CancellationToken.None);
        return true;
    }

    private async Task<MailFailure?> SendAsync(QueuedMail mail)
    {
        try
        {
            await transport.SendAsync(mail, await AttachmentsOfAsync(mail));
            return null;
        }
        catch (Exception failure)
        {
            return MailFailure.Of(failure);
        }
    }

    /// <summary>The document the mail attaches, read now; none when the mail attaches none, or its document is gone.</summary>
    private async Task<IReadOnlyList<MailFile>> AttachmentsOfAsync(QueuedMail mail) =>
        mail.Attachment is { } attachment && documents.Single(d => d.Kind == attachment.Kind) is var source
            && await source.ReadAsync(attachment, CancellationToken.None) is { } file
            ? [file]
            : [];

    /// <summary>A server that is down is the operator's to mend, and is retried: one line, no stack trace.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} failed at attempt {Attempt}: {Failure} It is tried again at {NextAttemptUtc:u}.")]
    private static partial void LogRetried(ILogger logger, long mailId, int attempt, string failure, DateTime nextAttemptUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was given up after attempt {Attempt}: {Failure}")]
    private static partial void LogGivenUp(ILogger logger, long mailId, int attempt, string failure);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
