using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// The 'reports' benchmark: publish the portal once, then on SQLite and, when a server is named, on PostgreSQL: start
/// it on a fresh database, clone the demo's quotes to a million over the last year, and time the sales dashboard (its
/// default 90 days and the full year) and the full year's CSV export against the plain-text baseline of the same run,
/// watching the portal's memory during the export.
/// </summary>
internal static class ReportsBenchmark
{
    private const string DashboardPath = "/Staff/Reports";
    private const string ExportPath = "/Staff/Reports/Export/pipeline";
    private const int BaselineRequests = 20;
    private const int DashboardRequests = 7;

    /// <summary>A dashboard over a million quotes may take long before it is made fast; a request that never ends still fails.</summary>
    private static readonly TimeSpan RequestLimit = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The portal's jobs run once at start, on the demo data, and not again within a day: the expiry job would otherwise
    /// expire the clones' long-past issued quotes in the middle of the measurements.
    /// </summary>
    private static readonly Dictionary<string, string> QuietJobs = new()
    {
        ["Quotes__ExpiryCheckMinutes"] = "1440",
        ["Waitlist__OfferCheckMinutes"] = "1440",
        ["Payments__ReconcileMinutes"] = "1440",
    };

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        var results = new List<ReportsResult>();
        await using (var sqlite = ReportsDatabase.Sqlite())
        {
            results.Add(await RunOnAsync(publishFolder.Path, sqlite, cancellationToken));
        }
        if (Environment.GetEnvironmentVariable(ReportsDatabase.ServerVariable) is { Length: > 0 } server)
        {
            await using var postgres = await ReportsDatabase.CreatePostgreSqlAsync(server, cancellationToken);
            results.Add(await RunOnAsync(publishFolder.Path, postgres, cancellationToken));
        }
        else
        {
            Console.WriteLine($"PostgreSQL skipped: {ReportsDatabase.ServerVariable} is not set; set it to a server connection string "
                + "such as Host=127.0.0.1;Port=54330;Username=portal;Password=portal to measure PostgreSQL too.");
        }
        return results.All(r => r.ExportComplete) ? 0 : 1;
    }

    private static async Task<ReportsResult> RunOnAsync(string publishFolder, ReportsDatabase database, CancellationToken cancellationToken)
    {
        Console.WriteLine($"=== {database.Name} ===");
        using var dataFolder = TempFolder.Create("data");
        var settings = database.Settings.Concat(QuietJobs).ToDictionary();
        await using var portal = await PortalProcess.StartAsync(publishFolder, dataFolder.Path, bulkQuotes: 0, cancellationToken, settings);
        // Signed in while the database is small: the sign-in reads the dashboard once, with a short timeout.
        var admin = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.AdminEmail, DemoBuyer.Password, cancellationToken, DashboardPath);
        var now = DateTime.UtcNow;
        SeededQuotes seeded;
        await using (var services = PortalServices.Create(publishFolder, dataFolder.Path, settings))
        using (var scope = services.CreateScope())
        {
            seeded = await ReportsBenchmarkData.SeedAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), now, cancellationToken);
        }

        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = admin, AllowAutoRedirect = false })
        {
            BaseAddress = portal.BaseAddress,
            Timeout = RequestLimit,
        };
        var today = DateOnly.FromDateTime(now);
        var memory = new ProcessMemory(portal.ProcessId);
        var fullYear = $"from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var result = new ReportsResult(
            database.Name,
            database.DashboardTarget,
            seeded,
            memory.ResidentBytes,
            await PageTimings.MeasureAsync(client, "plain-text baseline", "/ping", BaselineRequests, cancellationToken),
            await PageTimings.MeasureAsync(client, "dashboard, last 90 days", DashboardPath, DashboardRequests, cancellationToken),
            await PageTimings.MeasureAsync(client, "dashboard, full year", $"{DashboardPath}?{fullYear}", DashboardRequests, cancellationToken),
            await PipelineExport.MeasureAsync(client, $"{ExportPath}?{fullYear}", memory, cancellationToken));
        ReportsReport.Print(result);
        return result;
    }
}
