using Portal.Domain.Common;

namespace Portal.Domain.Email;

/// <summary>
/// One mail on its way, sent after the commit of the change it tells of (see <see cref="OutboxItem"/>): a failed
/// attempt is retried after 10 s, 1 min, 5 min, 30 min, 2 h and 8 h, and after the seventh it is given up. Only the
/// kind of the last failure is kept, never what a server answered (it may repeat a password or a link).
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QueuedMail : OutboxItem
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int FailureMaxLength = 100;

    /// <summary>The waits after the first, second, … failed attempt.</summary>
    public static readonly IReadOnlyList<TimeSpan> Backoff =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(8),
    ];

    public static int MaxAttempts => Backoff.Count + 1;

    /// <summary>How long a mail that has ended (sent or given up) is kept: its links are spent or lapsed by then.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    private QueuedMail()
    {
        Recipient = string.Empty;
        Subject = string.Empty;
        TextBody = string.Empty;
    }

    public QueuedMail(string recipient, string subject, string textBody, DateTime now, string? replyTo = null, MailAttachment? attachment = null)
        : base(now)
    {
        Recipient = recipient;
        Subject = subject.Length <= SubjectMaxLength ? subject : subject[..SubjectMaxLength];
        TextBody = textBody;
        ReplyTo = replyTo;
        AttachmentKind = attachment?.Kind;
        AttachmentReference = attachment?.Reference;
        AttachmentRevision = attachment?.Revision;
    }

    public string Recipient { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }

    /// <summary>Where a reply goes (the salesperson who owns the quote), when not to the sender.</summary>
    public string? ReplyTo { get; private set; }

    public MailAttachmentKind? AttachmentKind { get; private set; }
    public string? AttachmentReference { get; private set; }
    public int? AttachmentRevision { get; private set; }

    public MailAttachment? Attachment =>
        AttachmentKind is { } kind && AttachmentReference is { } reference ? new MailAttachment(kind, reference, AttachmentRevision) : null;
    public QueuedMailState State { get; private set; }

    /// <summary>When it was sent, or given up.</summary>
    public DateTime? EndedUtc { get; private set; }

    /// <summary>The kind of the last failure (see the sender's words for them), never a server's answer.</summary>
    public string? LastFailure { get; private set; }

    protected override IReadOnlyList<TimeSpan> Waits => Backoff;

    public void Sent(DateTime now)
    {
        State = QueuedMailState.Sent;
        EndedUtc = now;
        End(now, attempted: true);
    }

    /// <summary>The attempt failed: retried after the next wait; answers false when it was the last (the mail is given up).</summary>
    public bool Failed(string failure, bool permanent, DateTime now)
    {
        LastFailure = failure.Length <= FailureMaxLength ? failure : failure[..FailureMaxLength];
        if (!permanent && Retry(now))
        {
            return true;
        }
        State = QueuedMailState.Abandoned;
        EndedUtc = now;
        End(now, attempted: true);
        return false;
    }
}
