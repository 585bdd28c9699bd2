using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// The 'scale-out' benchmark: two published portals on two loopback ports and one new PostgreSQL database, under a mix
/// of the catalog (anonymous), the configurator's live feedback, My quotes and the review queue, with the connections
/// spread evenly over both; then, in the same run, the plain-text baseline over the same connections. Per instance it
/// prints requests per second, p50 and p99, errors and the ratio to its baseline; the targets are no errors and a p99
/// under 250 ms.
/// </summary>
internal static class ScaleOutBenchmark
{
    private const int BulkQuotes = 10_000;
    private const double P99TargetMilliseconds = 250;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(ReportsDatabase.ServerVariable)
            ?? throw new BenchmarkFailedException($"The scale-out benchmark needs PostgreSQL: set {ReportsDatabase.ServerVariable} to a server.");
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        await using var database = await ReportsDatabase.CreatePostgreSqlAsync(server, cancellationToken);
        var settings = database.Settings;

        using var firstData = TempFolder.Create("first");
        using var secondData = TempFolder.Create("second");
        await using var first = await PortalProcess.StartAsync(publishFolder.Path, firstData.Path, BulkQuotes, cancellationToken, settings);
        await using var second = await PortalProcess.StartAsync(publishFolder.Path, secondData.Path, 0, cancellationToken,
            new Dictionary<string, string>(settings) { ["Demo__Seed"] = "false" });
        // Signed in on the first; the cookies carry on at the second, which shares the database's keys.
        var buyer = await SignIn.SessionAsync(first.BaseAddress, DemoBuyer.Email, DemoBuyer.Password, cancellationToken);
        var sales = await SignIn.SessionAsync(first.BaseAddress, DemoBuyer.SalesEmail, DemoBuyer.Password, cancellationToken, "/Staff/Quotes");
        var configuration = await CustomerPages.ConfigurationFormAsync(second.BaseAddress, buyer, cancellationToken);
        LoadScenario[] mix =
        [
            new("catalog (anonymous)", "/catalog"),
            new("configuration evaluation", "/Customer/Configurator/Evaluate", buyer, configuration),
            new("My quotes", "/Customer/Quotes", buyer),
            new("review queue", "/Staff/Quotes", sales),
        ];
        Uri[] instances = [first.BaseAddress, second.BaseAddress];

        Console.WriteLine($"Measuring the mix on both instances: {WarmUp.TotalSeconds} s warm-up, {arguments.Seconds} s with {arguments.Connections} connections ...");
        var mixed = await LoadRunner.RunMixAsync(instances, arguments.Connections, mix, WarmUp, TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        Console.WriteLine($"Measuring the plain-text baseline on both instances: {WarmUp.TotalSeconds} s warm-up, {arguments.Seconds} s with {arguments.Connections} connections ...");
        var baseline = await LoadRunner.RunMixAsync(instances, arguments.Connections, [LoadScenario.Baseline],
            WarmUp, TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);

        Console.WriteLine("\nBy request, over both instances:");
        ResultReport.PrintTable(baseline.Of("plain-text baseline", _ => true), mix.Select(mixed.OfScenario));
        var verdicts = new List<bool>();
        foreach (var (instance, name) in instances.Zip(["first instance", "second instance"]).Select(i => ((Uri?)i.First, i.Second)).Append((null, "both")))
        {
            bool On(Uri u) => instance is null || u == instance;
            var result = mixed.Of($"mix, {name}", On);
            var plain = baseline.Of($"baseline, {name}", On);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16} mix {result.RequestsPerSecond,7:F0} req/s (baseline {plain.RequestsPerSecond,7:F0}, ratio {result.RequestsPerSecond / plain.RequestsPerSecond:F3}), p50 {result.P50Milliseconds:F1} ms, p99 {result.P99Milliseconds:F1} ms, {result.Errors} errors of {result.Requests}"));
            verdicts.Add(result.Errors == 0 && result.P99Milliseconds < P99TargetMilliseconds);
        }
        var passed = verdicts.All(v => v);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nNo errors and p99 < {P99TargetMilliseconds} ms on each instance: {(passed ? "PASS" : "FAIL")}"));
        return passed ? 0 : 1;
    }
}
