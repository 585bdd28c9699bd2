namespace Portal.Benchmarks;

/// <summary>The 'web' benchmark: publish and start the portal, sign in as the buyer and as sales, then load pages and compare them.</summary>
internal static class WebBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);
    private const int BulkQuotes = 100_000;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);

        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, BulkQuotes, cancellationToken);
        var session = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.Email, DemoBuyer.Password, cancellationToken);
        var sales = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.SalesEmail, DemoBuyer.Password, cancellationToken, "/Staff/Quotes");

        var duration = TimeSpan.FromSeconds(arguments.Seconds);
        var results = new List<LoadResult>();
        var editPath = await CustomerPages.SiteEditPathAsync(portal.BaseAddress, session, cancellationToken);
        var configuration = await CustomerPages.ConfigurationFormAsync(portal.BaseAddress, session, cancellationToken);
        foreach (var scenario in Scenarios(session, sales, editPath, configuration))
        {
            Console.WriteLine($"Measuring {scenario.Name} ({scenario.Method} {scenario.Path}): {WarmUp.TotalSeconds} s warm-up, {arguments.Seconds} s with {arguments.Connections} connections ...");
            results.Add(await LoadRunner.RunAsync(portal.BaseAddress, arguments.Connections, scenario, WarmUp, duration, cancellationToken));
        }

        var (baseline, catalog, customerPage) = (results[0], results[1], results[2]);
        ResultReport.PrintTable(baseline, results);
        ResultReport.PrintTarget("catalog", catalog, baseline, minimumRatio: 0.25);
        ResultReport.PrintTarget("signed-in page", customerPage, baseline, minimumRatio: 0.10);
        ResultReport.PrintTarget("My quotes", results[^2], baseline, minimumRatio: 0.10);
        ResultReport.PrintTarget("review queue", results[^1], baseline, minimumRatio: 0.10);

        return ResultReport.PrintFailures(results) ? 0 : 1;
    }

    /// <summary>The uncached form shows what rendering a signed-in page costs on every request; the last is the configurator's live feedback.</summary>
    private static IEnumerable<LoadScenario> Scenarios(System.Net.CookieContainer session, System.Net.CookieContainer sales, string editPath,
        IReadOnlyDictionary<string, string> configuration) =>
    [
        new("plain-text baseline", "/ping"),
        new("catalog (anonymous)", "/catalog"),
        new("signed-in customer page", "/Customer/Sites", session),
        new("signed-in form (uncached)", editPath, session),
        new("configuration evaluation", "/Customer/Configurator/Evaluate", session, configuration),
        new("My quotes, 100k in the db", "/Customer/Quotes?page=40", session),
        new("review queue, 100k in the db", "/Staff/Quotes?page=40", sales),
    ];
}
