namespace Portal.Domain.Email;

public enum QueuedMailState
{
    /// <summary>Waiting for its next attempt (the first one or a retry).</summary>
    Pending,

    /// <summary>Handed to the SMTP server (or written to the outbox folder).</summary>
    Sent,

    /// <summary>Every attempt failed, or the mail could never be sent (an address no server takes): it is not sent.</summary>
    Abandoned,
}
