using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Waitlist;
using Portal.Domain.Waitlist;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// The 'waitlist' benchmark: publish and start the portal, write 10,000 waiting entries across four quarters, free
/// 1,000 units and time the offer run that hands them down the lines; then load the customer's waitlist page and the
/// admins' line against the plain-text baseline, in the same run.
/// </summary>
internal static class WaitlistBenchmark
{
    private const int ReleasedUnits = 1_000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        using var dataFolder = TempFolder.Create("data");
        // The portal's own offer job runs once at start; the timed run below is the only one after the release.
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, bulkQuotes: 0, cancellationToken,
            new Dictionary<string, string> { ["Waitlist__OfferCheckMinutes"] = "1440" });
        await using var services = PortalServices.Create(publishFolder.Path, dataFolder.Path);

        var now = DateTime.UtcNow;
        Console.WriteLine($"Writing {WaitlistBenchmarkData.Organizations * WaitlistBenchmarkData.Quarters:N0} waitlist entries ...");
        await WithDbAsync(services, db => WaitlistBenchmarkData.SeedAsync(db, now));
        await WithDbAsync(services, db => WaitlistBenchmarkData.ReleaseAsync(db, now, ReleasedUnits));

        Console.WriteLine($"Offering {ReleasedUnits:N0} freed units down the lines ...");
        var watch = Stopwatch.StartNew();
        int offers;
        using (var scope = services.CreateScope())
        {
            offers = await scope.ServiceProvider.GetRequiredService<WaitlistOffers>().RunAsync(cancellationToken);
        }
        watch.Stop();
        var quarters = WaitlistBenchmarkData.QuartersOf(now);
        var offered = (await WithDbAsync(services, db => db.WaitlistEntries
                .Where(e => e.Status == WaitlistStatus.Offered && e.Product!.Sku == WaitlistBenchmarkData.Product)
                .Select(e => new { e.OfferedQuarter, e.OfferedUnits }).ToListAsync(cancellationToken)))
            .Where(e => quarters.Contains(e.OfferedQuarter!.Value)).Sum(e => e.OfferedUnits ?? 0);

        var customer = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.Email, DemoBuyer.Password, cancellationToken);
        var admin = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.AdminEmail, DemoBuyer.Password, cancellationToken, "/Admin/Waitlist");
        var quarter = WaitlistBenchmarkData.QuartersOf(now)[1];
        LoadScenario[] scenarios =
        [
            LoadScenario.Baseline,
            new("customer's waitlist page", "/Customer/Waitlist", customer),
            new("admins' line, page 20", $"/Admin/Waitlist?sku={WaitlistBenchmarkData.Product}&quarter={quarter}&page=20", admin),
        ];
        var results = await LoadSuite.MeasureAsync(portal.BaseAddress, scenarios, arguments.Connections, WarmUp,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Offer run: {offers:N0} offers for {offered:N0} of {ReleasedUnits:N0} freed units in {watch.Elapsed.TotalSeconds:F2} s ({watch.Elapsed.TotalMilliseconds / Math.Max(1, offers):F1} ms per offer), 10,000 entries waiting."));
        return LoadSuite.Report(BenchmarkArguments.Waitlist, scenarios, results) && offered == ReleasedUnits ? 0 : 1;
    }

    private static async Task<T> WithDbAsync<T>(ServiceProvider services, Func<PortalDbContext, Task<T>> work)
    {
        using var scope = services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static Task WithDbAsync(ServiceProvider services, Func<PortalDbContext, Task> work) =>
        WithDbAsync(services, async db =>
        {
            await work(db);
            return 0;
        });
}
