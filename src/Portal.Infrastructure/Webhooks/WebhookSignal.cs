namespace Portal.Infrastructure.Webhooks;

/// <summary>Wakes the sender when a commit queued a delivery, so that it goes out at once instead of at the next poll.</summary>
public sealed class WebhookSignal
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
