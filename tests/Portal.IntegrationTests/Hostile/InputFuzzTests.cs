using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Crawls the portal as each visitor, then sends hostile values into every form, query parameter and route id it
/// found. Whatever comes in, the portal answers with a page, a field message, a 400 or a 404: never a server failure.
/// Each visitor gets a portal of its own, so one visitor's posts (a suspended organization, a deleted draft) cannot
/// empty another's crawl.
/// </summary>
public abstract class InputFuzzTests(DatabaseKind database, ITestOutputHelper output)
{
    private const int InputsPerVisitor = 1_500;

    /// <summary>Fewer than this means the crawl found too little to be worth the name.</summary>
    private static readonly IReadOnlyDictionary<string, int> MinimumInputs = new Dictionary<string, int>
    {
        ["anonymous"] = 300,
        ["admin"] = 1_200,
        ["sales"] = 700,
        ["customer"] = 700,
        ["pending customer"] = 700,
    };

    /// <summary>
    /// The fuzzer registers and signs in hundreds of times: hashing each password at full strength would take most of
    /// its time, and the hashing is not what it tests.
    /// </summary>
    private static void CheapPasswordHashing(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1);

    [SkippableFact]
    public async Task NoInputGetsA500()
    {
        database.Require();
        var failures = new List<string>();
        var sent = new Dictionary<string, int>();
        foreach (var visitor in Visitor.All)
        {
            var clock = Stopwatch.StartNew();
            using var factory = new PortalFactory(database.Create(), services: CheapPasswordHashing);
            using var client = await visitor.ClientAsync(factory);
            var crawl = await new SiteCrawler(client).CrawlAsync(visitor.StartPages);
            var fuzzer = new Fuzzer(client, visitor);
            var queries = KnownQueries.Of(factory.Services);
            foreach (var input in new FuzzPlan(new Random(2026), InputsPerVisitor, queries).For(crawl))
            {
                await fuzzer.SendAsync(input);
            }
            failures.AddRange(crawl.ServerErrors.Select(e => $"{visitor} {e} (while crawling)"));
            failures.AddRange(fuzzer.Failures);
            sent[visitor.Name] = fuzzer.Sent;
            output.WriteLine($"{visitor}: {crawl.Requests} pages and files crawled, {crawl.Forms.Count} forms seen, {queries.Count} pages' query parameters known, {fuzzer.Sent} inputs tried, "
                + $"{fuzzer.SignIns} sign-ins again, {clock.Elapsed.TotalSeconds:F1} s; answers: {string.Join(", ", fuzzer.Answers.Select(a => $"{a.Key}×{a.Value}"))}.");
        }
        output.WriteLine($"{sent.Values.Sum()} inputs tried in all, {failures.Count} failures.");

        Assert.True(failures.Count == 0, $"{failures.Count} inputs got a server failure:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.All(MinimumInputs, minimum => Assert.True(sent[minimum.Key] >= minimum.Value,
            $"Only {sent[minimum.Key]} inputs were tried as {minimum.Key} (at least {minimum.Value} expected): the crawl found too little."));
    }

    /// <summary>
    /// Every operation of the OpenAPI document, made as its example call with a read-and-write key of the demo's Helios
    /// and with the staff key of a CRM, with each path and query parameter and each JSON field given the edges of its
    /// kind: a 2xx, or a 4xx problem.
    /// </summary>
    [SkippableFact]
    public async Task NoApiCallGetsA500()
    {
        database.Require();
        var clock = Stopwatch.StartNew();
        using var factory = new PortalFactory(database.Create(), new Dictionary<string, string> { ["Api:RateLimit:Permits"] = "1000000" }, CheapPasswordHashing);
        using var admin = await factory.SignedInAsync("admin@northwind.example");
        var keys = new Dictionary<string, string>
        {
            ["customer"] = (await ApiCaller.ForAsync(factory, "buyer@helios.example")).Key,
            ["staff"] = (await admin.SubmitAsync("/Admin/ApiKeys", new Dictionary<string, string> { ["name"] = "CRM" }, "/Admin/ApiKeys/Create")).Text(".new-api-key"),
        };
        using var client = factory.NewClient();
        using var document = JsonDocument.Parse(await client.Http.GetStringAsync("/api/v1/openapi.json"));
        var operations = ApiOperation.Read(document.RootElement);
        var inputs = operations.OrderBy(o => o.Method != "GET").SelectMany(ApiFuzzer.InputsFor).ToList();
        var failures = new List<string>();
        foreach (var (owner, key) in keys)
        {
            var fuzzer = new ApiFuzzer(client, key);
            foreach (var input in inputs)
            {
                await fuzzer.SendAsync(input);
            }
            failures.AddRange(fuzzer.Failures.Select(f => $"{owner} {f}"));
            output.WriteLine($"{owner}: {fuzzer.Sent} calls of {operations.Count} operations; answers: {string.Join(", ", fuzzer.Answers.Select(a => $"{a.Key}×{a.Value}"))}.");
        }
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s in all, {failures.Count} failures.");

        Assert.True(failures.Count == 0, $"{failures.Count} calls got a server failure or no problem document:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.True(operations.Count >= 15 && inputs.Count > 300, $"Only {operations.Count} operations and {inputs.Count} calls each: the document lists too little.");
    }
}

public sealed class InputFuzzOnSqlite(ITestOutputHelper output) : InputFuzzTests(DatabaseKind.Sqlite, output);

public sealed class InputFuzzOnPostgreSql(ITestOutputHelper output) : InputFuzzTests(DatabaseKind.Postgres, output);
