namespace Portal.Domain.Common;

/// <summary>
/// Something sent after the commit by a worker (a webhook delivery, a mail): written in the same transaction as the
/// change it tells of, so none is lost. Each attempt is claimed first (saved against its version, so two senders never
/// make the same attempt); a failed attempt is retried after the waits of its kind, and after the last it is given up.
/// While it waits for an attempt it has a next attempt time; once it has ended (sent or given up) it has none.
/// </summary>
public abstract class OutboxItem
{
    /// <summary>How long a claimed attempt may take before another sender may take it over (its sender stopped).</summary>
    public static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(2);

    protected OutboxItem()
    {
    }

    protected OutboxItem(DateTime now)
    {
        CreatedUtc = now;
        NextAttemptUtc = now;
    }

    public long Id { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? NextAttemptUtc { get; private set; }
    public DateTime? LastAttemptUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>The waits after the first, second, … failed attempt: one attempt more than waits is made.</summary>
    protected abstract IReadOnlyList<TimeSpan> Waits { get; }

    public bool IsDue(DateTime now) => NextAttemptUtc <= now;

    /// <summary>Starts an attempt: counted now, and not due again until it is answered or its claim runs out.</summary>
    public void Claim(DateTime now)
    {
        if (!IsDue(now))
        {
            throw new DomainException("This is not due.");
        }
        Attempts++;
        LastAttemptUtc = now;
        NextAttemptUtc = now + ClaimTime;
        Version++;
    }

    /// <summary>The attempt failed: due again after the next wait; answers false when that was the last attempt (it has ended).</summary>
    protected bool Retry(DateTime now)
    {
        var last = Attempts > Waits.Count;
        NextAttemptUtc = last ? null : now + Waits[Math.Max(Attempts, 1) - 1];
        Version++;
        return !last;
    }

    /// <summary>It has ended (sent, or given up without another attempt), at the time given.</summary>
    protected void End(DateTime now, bool attempted)
    {
        if (!attempted)
        {
            LastAttemptUtc = now;
        }
        NextAttemptUtc = null;
        Version++;
    }

    /// <summary>Due again now, with the whole retry schedule ahead of it.</summary>
    protected void Restart(DateTime now)
    {
        Attempts = 0;
        NextAttemptUtc = now;
        Version++;
    }
}
