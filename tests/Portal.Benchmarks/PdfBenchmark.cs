using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// The 'pdf' benchmark: publish and start the portal, write a one-page and a 100-line quote into its database, then
/// measure with BenchmarkDotNet, in one run, our renderer and headless Chromium printing the quote's HTML page.
/// </summary>
internal static class PdfBenchmark
{
    private const double TargetSpeedUp = 30;

    /// <summary>What drawing the 100-line quote may allocate (the target: half of the 5.8 MB it took).</summary>
    private const double TargetHundredLineMegabytes = 3;

    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, bulkQuotes: 0, cancellationToken);
        return await RunOnAsync(portal, publishFolder.Path, dataFolder.Path, measure: true, cancellationToken) ? 0 : 1;
    }

    /// <summary>
    /// Writes the quotes into the running portal's database and draws each once from both sides (kept to be looked at);
    /// then, when asked to measure, times both with BenchmarkDotNet and reports. The smoke run only draws: true when nothing failed.
    /// </summary>
    public static async Task<bool> RunOnAsync(PortalProcess portal, string publishFolder, string dataFolder, bool measure,
        CancellationToken cancellationToken)
    {
        await using var services = PortalServices.Create(publishFolder, dataFolder);

        var ids = await WriteQuotesAsync(services);
        var documents = await DocumentsAsync(services, ids);
        var session = await SignIn.SessionAsync(portal.BaseAddress, DemoBuyer.Email, DemoBuyer.Password, cancellationToken);
        await using var chromium = await ChromiumPrinter.StartAsync();
        foreach (var id in ids.Values)
        {
            await chromium.OpenAsync(id, portal.BaseAddress, session);
        }
        var subjects = new PdfBenchmarkSubjects(ids, documents, services.GetRequiredService<IQuotePdfRenderer>(), chromium);
        await KeepSamplesAsync(subjects);
        if (!measure)
        {
            return true;
        }

        QuotePdfBenchmarks.Subjects = subjects;
        var summary = BenchmarkRunner.Run<QuotePdfBenchmarks>(Config());
        return Report(summary);
    }

    private static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).AsDefault())
        .WithOptions(ConfigOptions.DisableLogFile);

    private static async Task<IReadOnlyDictionary<string, int>> WriteQuotesAsync(ServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return new Dictionary<string, int>
        {
            [PdfBenchmarkSubjects.OnePage] = await BenchmarkQuotes.OnePageAsync(db),
            [PdfBenchmarkSubjects.HundredLines] = await BenchmarkQuotes.HundredLinesAsync(db),
        };
    }

    /// <summary>Each quote's document as the portal gathers it for the demo buyer, the customer whose page Chromium prints.</summary>
    private static async Task<IReadOnlyDictionary<string, QuoteDocument>> DocumentsAsync(ServiceProvider services, IReadOnlyDictionary<string, int> ids)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var buyer = await db.Users.SingleAsync(u => u.Email == DemoBuyer.Email);
        var actor = new Actor(buyer.Id, buyer.FullName, buyer.OrganizationId, new HashSet<string> { PortalRoles.Customer });
        var documents = scope.ServiceProvider.GetRequiredService<QuoteDocuments>();
        var built = new Dictionary<string, QuoteDocument>();
        foreach (var (name, id) in ids)
        {
            built[name] = await documents.BuildAsync(id, actor);
        }
        return built;
    }

    /// <summary>Writes each quote's PDF from both sides once, to be looked at, and says how many pages each has.</summary>
    private static async Task KeepSamplesAsync(PdfBenchmarkSubjects subjects)
    {
        var folder = Path.Combine("BenchmarkDotNet.Artifacts", "pdf");
        Directory.CreateDirectory(folder);
        foreach (var (name, id) in subjects.QuoteIds)
        {
            var ours = subjects.Renderer.Render(subjects.Documents[name]);
            var chromium = await subjects.Chromium.PrintAsync(id);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{name}-pdfsharp.pdf"), ours);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{name}-chromium.pdf"), chromium);
            Console.WriteLine($"{name} quote: our PDF {ours.Length / 1024:N0} KB, Chromium's {chromium.Length / 1024:N0} KB, both in {Path.GetFullPath(folder)}");
        }
    }

    /// <summary>Prints, per quote, both medians, our allocations and the speed-up against the target; answers whether all passed.</summary>
    private static bool Report(Summary summary)
    {
        var passed = true;
        var figures = new List<string>();
        Console.WriteLine();
        foreach (var quote in summary.Reports.GroupBy(r => (string)r.BenchmarkCase.Parameters["Quote"]))
        {
            var chromium = quote.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(QuotePdfBenchmarks.Chromium));
            var ours = quote.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(QuotePdfBenchmarks.Portal));
            if (chromium.ResultStatistics is null || ours.ResultStatistics is null)
            {
                Console.WriteLine($"{quote.Key} quote: no result (see the log above): FAIL");
                passed = false;
                continue;
            }
            var speedUp = chromium.ResultStatistics.Median / ours.ResultStatistics.Median;
            var allocated = ours.GcStats.GetBytesAllocatedPerOperation(ours.BenchmarkCase) ?? 0;
            var megabytes = allocated / 1024.0 / 1024.0;
            var allocationTarget = quote.Key == PdfBenchmarkSubjects.HundredLines ? TargetHundredLineMegabytes : double.PositiveInfinity;
            var pass = speedUp >= TargetSpeedUp && megabytes <= allocationTarget;
            passed &= pass;
            var allocationText = double.IsPositiveInfinity(allocationTarget) ? "" : $", allocations <= {allocationTarget} MB";
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{quote.Key} {speedUp:F1}x, {megabytes:F1} MB {(pass ? "PASS" : "FAIL")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{quote.Key} quote: PDFsharp {Milliseconds(ours)} ms median, {megabytes:F1} MB allocated; Chromium {Milliseconds(chromium)} ms median; {speedUp:F1}x faster (ratio {1 / speedUp:F3}), target >= {TargetSpeedUp}x{allocationText}: {(pass ? "PASS" : "FAIL")}"));
        }
        RunSummary.Print(BenchmarkArguments.Pdf, figures);
        return passed;
    }

    private static string Milliseconds(BenchmarkReport report) =>
        (report.ResultStatistics!.Median / 1_000_000).ToString("F2", CultureInfo.InvariantCulture);
}
