using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Web.Api;

namespace Portal.UnitTests.Api;

public sealed class ApiRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private ApiRateLimiter Limiter(int permits, TimeSpan window) =>
        new(new StaticOptions(new ApiRateLimit { Permits = permits, Window = window }), _clock);

    [Fact]
    public void PermitsAreCountedPerClientAndComeBackWhenTheWindowEnds()
    {
        var limiter = Limiter(2, TimeSpan.FromMinutes(1));

        var first = limiter.Take("key:a");
        _clock.Advance(TimeSpan.FromSeconds(20));
        var second = limiter.Take("key:a");
        var third = limiter.Take("key:a");
        var elsewhere = limiter.Take("key:b");
        _clock.Advance(TimeSpan.FromSeconds(40));
        var renewed = limiter.Take("key:a");

        Assert.Equal((true, 1), (first.Allowed, first.Remaining));
        Assert.Equal((true, 0), (second.Allowed, second.Remaining));
        Assert.Equal((false, 0, TimeSpan.FromSeconds(40)), (third.Allowed, third.Remaining, third.ResetsIn));
        Assert.Equal((true, 1), (elsewhere.Allowed, elsewhere.Remaining));
        Assert.Equal((true, 1, TimeSpan.FromMinutes(1)), (renewed.Allowed, renewed.Remaining, renewed.ResetsIn));
    }

    private sealed class StaticOptions(ApiRateLimit value) : IOptionsMonitor<ApiRateLimit>
    {
        public ApiRateLimit CurrentValue => value;

        public ApiRateLimit Get(string? name) => value;

        public IDisposable? OnChange(Action<ApiRateLimit, string?> listener) => null;
    }
}
