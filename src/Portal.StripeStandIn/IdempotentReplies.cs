using System.Collections.Concurrent;

namespace Portal.StripeStandIn;

/// <summary>Runs a POST once per Idempotency-Key and answers every repeat of the key with the first reply, as Stripe does.</summary>
public sealed class IdempotentReplies
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IResult>>> _replies = new();

    public Task<IResult> OnceAsync(HttpRequest request, Func<Task<IResult>> handle)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        return string.IsNullOrEmpty(key) ? handle() : _replies.GetOrAdd(key, _ => new Lazy<Task<IResult>>(handle)).Value;
    }
}
