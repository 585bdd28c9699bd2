namespace Portal.IntegrationTests.Support;

/// <summary>What the machine offers the tests, from environment variables that CI sets.</summary>
public static class TestEnvironment
{
    /// <summary>
    /// A PostgreSQL server the tests may create databases on, e.g. "Host=127.0.0.1;Port=54329;Username=portal;Password=portal";
    /// none when the variable is unset or empty.
    /// </summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>In CI a missing PostgreSQL or Chromium is a failure, not a skip.</summary>
    public static bool RequireAll => Environment.GetEnvironmentVariable("PORTAL_TEST_REQUIRE_ALL") == "1";

    public static string Chromium => Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Where screenshots and other artifacts go.</summary>
    public static string Artifacts =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_ARTIFACTS")
        ?? Path.Combine(AppContext.BaseDirectory, "artifacts");

    /// <summary>Skips a test whose dependency is missing, or fails it when CI requires everything.</summary>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }
        if (RequireAll)
        {
            throw new InvalidOperationException($"{what} is required (PORTAL_TEST_REQUIRE_ALL=1) but not available.");
        }
        throw new SkipException($"{what} is not available on this machine; see .docs/testing.md to run these tests.");
    }
}
