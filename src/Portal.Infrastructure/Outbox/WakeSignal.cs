using Portal.Domain.Common;

namespace Portal.Infrastructure.Outbox;

/// <summary>Wakes the sender of an outbox when a commit queued an item in it, so that it goes out at once instead of at the next poll.</summary>
public sealed class WakeSignal<TItem>
    where TItem : OutboxItem
{
    private readonly SemaphoreSlim _woken = new(0, 1);

    public void Wake()
    {
        try
        {
            _woken.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: the sender runs once for both.
        }
    }

    /// <summary>Until woken (or woken meanwhile), or until the longest wait has passed on the clock.</summary>
    public async Task WaitAsync(TimeSpan longest, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_woken.WaitAsync(waiting.Token), Task.Delay(longest, clock, waiting.Token));
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
