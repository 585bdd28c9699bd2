using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Web.Api;

/// <summary>
/// How many calls each company's API keys may make together in a fixed window (by default 600 a minute;
/// <c>Api:RateLimit</c>); calls without a good key count per client address. Counted in each instance's memory: behind a load balancer a key may make
/// its permits once per instance.
/// </summary>
public sealed class ApiRateLimiter(IOptionsMonitor<ApiRateLimit> options, TimeProvider clock)
{
    /// <summary>Beyond this many clients, the windows that have ended are dropped.</summary>
    private const int ClientsKept = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public ApiAllowance Take(string client)
    {
        var (now, limit) = (clock.GetUtcNow(), options.CurrentValue);
        if (_windows.Count > ClientsKept)
        {
            foreach (var ended in _windows.Where(w => w.Value.EndsAt <= now))
            {
                _windows.TryRemove(ended);
            }
        }
        var window = _windows.AddOrUpdate(client, _ => new Window(now + limit.Window), (_, w) => w.EndsAt <= now ? new Window(now + limit.Window) : w);
        var taken = window.Take();
        return new ApiAllowance(taken <= limit.Permits, limit.Permits, Math.Max(0, limit.Permits - taken), window.EndsAt - now, limit.Window);
    }

    private sealed class Window(DateTimeOffset endsAt)
    {
        private int _taken;

        public DateTimeOffset EndsAt { get; } = endsAt;

        public int Take() => Interlocked.Increment(ref _taken);
    }
}

/// <summary>So many API calls per company in each window of this length.</summary>
public sealed class ApiRateLimit
{
    public const string Section = "Api:RateLimit";

    public int Permits { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <param name="Allowed">Whether this call is within the permits.</param>
/// <param name="Remaining">Calls left in the window after this one.</param>
/// <param name="ResetsIn">Until the window ends and the permits are whole again.</param>
public sealed record ApiAllowance(bool Allowed, int Limit, int Remaining, TimeSpan ResetsIn, TimeSpan Window);
