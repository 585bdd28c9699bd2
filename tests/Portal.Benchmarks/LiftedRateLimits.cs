namespace Portal.Benchmarks;

/// <summary>
/// Every rate limit of the portal, lifted for every portal a benchmark starts: the load comes from one address, one
/// person and one key, and no benchmark measures a limiter's refusals. The limits are the sections of
/// src/Portal.Web/Common/RateLimits.cs and the API's (src/Portal.Web/Api/ApiRateLimiter.cs); a limit added
/// there belongs here too, or the benchmark that meets it fails on its refused requests.
/// </summary>
internal static class LiftedRateLimits
{
    private const string Unlimited = "1000000000";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["RateLimits__SignIn__Permits"] = Unlimited,
        ["RateLimits__Registration__Permits"] = Unlimited,
        ["RateLimits__QuoteSubmission__Permits"] = Unlimited,
        ["RateLimits__LiveFeedback__Permits"] = Unlimited,
        ["Api__RateLimit__Permits"] = Unlimited,
    };
}
