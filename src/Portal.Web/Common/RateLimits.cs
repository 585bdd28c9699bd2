using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Web.Common;

/// <summary>
/// How often one client may do what attackers repeat: sign in, register (or ask for a password reset mail), submit a
/// quote request, and ask the configurator for live feedback. Each is a fixed window per client address, or per
/// signed-in person for the last two; set in the <see cref="Section"/> section. A refused request gets 429 with a
/// Retry-After header and the friendly error page. The counts live in each instance's memory: behind a load balancer
/// a client may make the permits once per instance.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";

    public const string SignInPolicy = "sign-in";
    public const string RegistrationPolicy = "registration";
    public const string QuoteSubmissionPolicy = "quote-submission";
    public const string LiveFeedbackPolicy = "live-feedback";

    public RateLimit SignIn { get; set; } = new() { Permits = 10, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Registration { get; set; } = new() { Permits = 5, Window = TimeSpan.FromMinutes(10) };

    public RateLimit QuoteSubmission { get; set; } = new() { Permits = 20, Window = TimeSpan.FromMinutes(1) };

    public RateLimit LiveFeedback { get; set; } = new() { Permits = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Adds the four policies to the rate limiter, with the limits configured.</summary>
    public static void Apply(RateLimiterOptions limiter, IOptions<RateLimits> configured)
    {
        var limits = configured.Value;
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            return ValueTask.CompletedTask;
        };
        limiter.AddPolicy(SignInPolicy, http => limits.SignIn.For(ClientAddress(http)));
        limiter.AddPolicy(RegistrationPolicy, http => limits.Registration.For(ClientAddress(http)));
        limiter.AddPolicy(QuoteSubmissionPolicy, http => limits.QuoteSubmission.For(Person(http)));
        limiter.AddPolicy(LiveFeedbackPolicy, http => limits.LiveFeedback.For(Person(http)));
    }

    /// <summary>The client's address: the connection's, or the one a trusted reverse proxy forwarded (see <see cref="ReverseProxy"/>).</summary>
    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Person(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? $"user:{id}" : ClientAddress(http);
}

/// <summary>So many permits in each window of this length.</summary>
public sealed class RateLimit
{
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }

    public RateLimitPartition<string> For(string client) =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = Permits, Window = Window, QueueLimit = 0 });
}
