using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Api;
using Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Portal.Benchmarks;

/// <summary>
/// The 'api' benchmark: publish and start the portal on the demo, give the demo buyer an API key, then load the API's
/// catalog and configuration evaluation, each against the plain-text baseline of the same run.
/// </summary>
internal static class ApiBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);

    /// <summary>The configuration the API's reference shows as its example: four Trainium2 racks for the buyer's first site.</summary>
    private const string Configuration = """
        { "rackSku": "TRN2-RACK-48U", "components": [{ "sku": "TRN2-SRV-16", "quantity": 4 }, { "sku": "EFA-SW-25T", "quantity": 1 }, { "sku": "PDU-3PH-60KW", "quantity": 2 }], "rackCount": 4, "siteId": 1 }
        """;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, bulkQuotes: 0, cancellationToken);
        var scenarios = await ScenariosAsync(publishFolder.Path, dataFolder.Path, cancellationToken);
        var results = await LoadSuite.MeasureAsync(portal.BaseAddress, scenarios, arguments.Connections, WarmUp,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        return LoadSuite.Report(BenchmarkArguments.Api, scenarios, results) ? 0 : 1;
    }

    /// <summary>The baseline, the API's catalog and its configuration evaluation (with its speed target), with a read key of the demo buyer.</summary>
    public static async Task<IReadOnlyList<LoadScenario>> ScenariosAsync(string publishFolder, string dataFolder, CancellationToken cancellationToken)
    {
        var key = await KeyForDemoBuyerAsync(publishFolder, dataFolder, cancellationToken);
        return
        [
            LoadScenario.Baseline,
            new("API catalog", "/api/v1/catalog", ApiKey: key),
            new("API configuration evaluation", "/api/v1/configurations/evaluate", ApiKey: key, Json: Configuration, MinimumRatio: 0.25),
        ];
    }

    /// <summary>A read key of the demo buyer, written straight into the portal's database (as its first user would make it on the page).</summary>
    private static async Task<string> KeyForDemoBuyerAsync(string publishFolder, string dataFolder, CancellationToken cancellationToken)
    {
        await using var services = PortalServices.Create(publishFolder, dataFolder);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var buyer = await db.Users.SingleAsync(u => u.Email == DemoBuyer.Email, cancellationToken);
        var (key, text) = ApiKey.Create("Benchmark", ApiScopes.Read, buyer.Id, buyer.OrganizationId, DateTime.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return text;
    }
}
