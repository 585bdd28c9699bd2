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
        var scenarios = await ScenariosAsync(portal.BaseAddress, BulkQuotes, cancellationToken);
        var results = await LoadSuite.MeasureAsync(portal.BaseAddress, scenarios, arguments.Connections, WarmUp,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        return LoadSuite.Report(BenchmarkArguments.Web, scenarios, results) ? 0 : 1;
    }

    /// <summary>
    /// The baseline first, then the pages with their speed targets. The uncached form shows what rendering a signed-in page
    /// costs on every request; the configuration evaluation is the configurator's live feedback; My quotes and the
    /// review queue read a page deep into the bulk quotes.
    /// </summary>
    /// <param name="bulkQuotes">How many quote requests the portal was seeded with on top of the demo's, for the deep pages' names.</param>
    public static async Task<IReadOnlyList<LoadScenario>> ScenariosAsync(Uri portal, int bulkQuotes, CancellationToken cancellationToken)
    {
        var session = await SignIn.SessionAsync(portal, DemoBuyer.Email, DemoBuyer.Password, cancellationToken);
        var sales = await SignIn.SessionAsync(portal, DemoBuyer.SalesEmail, DemoBuyer.Password, cancellationToken, "/Staff/Quotes");
        var editPath = await CustomerPages.SiteEditPathAsync(portal, session, cancellationToken);
        var configuration = await CustomerPages.ConfigurationFormAsync(portal, session, cancellationToken);
        return
        [
            LoadScenario.Baseline,
            new("catalog (anonymous)", "/catalog", MinimumRatio: 0.5),
            new("signed-in customer page", "/Customer/Sites", session, MinimumRatio: 0.25),
            new("signed-in form (uncached)", editPath, session, MinimumRatio: 0.10),
            new("configuration evaluation", "/Customer/Configurator/Evaluate", session, configuration, MinimumRatio: 0.25),
            new($"My quotes, {bulkQuotes:N0} in db", "/Customer/Quotes?page=40", session, MinimumRatio: 0.25),
            new($"review queue, {bulkQuotes:N0} in db", "/Staff/Quotes?page=40", sales, MinimumRatio: 0.25),
        ];
    }
}
