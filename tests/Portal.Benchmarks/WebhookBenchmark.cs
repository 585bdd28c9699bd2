using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Payments;
using Portal.Infrastructure.Persistence;
using Portal.StripeStandIn;

namespace Portal.Benchmarks;

/// <summary>
/// The 'webhooks' benchmark: publish and start the portal with card payments through the Stripe stand-in (started in
/// this process), pay 500 deposits at the stand-in, then deliver their signed checkout.session.completed events to the
/// portal's webhook endpoint, 8 at a time: first each once (each verified, checked against Stripe, and applied: the
/// deposit paid, the quote DepositPaid, audited, mailed), then each again (verified and recognised as a duplicate). Both
/// are printed as events per second against the plain-text baseline measured in the same run, with the same 8 in flight.
/// </summary>
internal static class WebhookBenchmark
{
    private const int Deposits = 500;
    private const int InFlight = 8;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var standInUrl = new Uri($"http://127.0.0.1:{PortalProcess.FreeLoopbackPort()}");
        await using var standIn = StandInProgram.Build(["--urls", standInUrl.ToString().TrimEnd('/'), "--Logging:LogLevel:Default", "Warning"]);
        await standIn.StartAsync(cancellationToken);
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, bulkQuotes: 0, cancellationToken,
            new Dictionary<string, string>
            {
                ["Payments__Stripe__SecretKey"] = WebhookBenchmarkData.SecretKey,
                ["Payments__Stripe__WebhookSecret"] = WebhookBenchmarkData.WebhookSecret,
                ["Payments__Stripe__ApiBase"] = standInUrl.ToString().TrimEnd('/'),
                ["Payments__ReconcileMinutes"] = "1440",
            });
        await using var services = PortalServices.Create(publishFolder.Path, dataFolder.Path);

        Console.WriteLine($"Paying {Deposits:N0} deposits at the stand-in ...");
        var deposits = await WithDbAsync(services, db => WebhookBenchmarkData.SeedAsync(db, Deposits, DateTime.UtcNow));
        await WebhookBenchmarkData.PayAtStandInAsync(standInUrl, deposits, cancellationToken);
        var events = await WebhookBenchmarkData.CompletedEventsAsync(standInUrl, cancellationToken);
        if (events.Count != Deposits)
        {
            throw new BenchmarkFailedException($"The stand-in raised {events.Count} completed events for {Deposits} payments.");
        }

        Console.WriteLine($"Measuring the plain-text baseline (/ping): {WarmUp.TotalSeconds} s warm-up, {arguments.Seconds} s with {InFlight} in flight ...");
        var baseline = await LoadRunner.RunAsync(portal.BaseAddress, InFlight, new LoadScenario("plain-text baseline", "/ping"), WarmUp,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        Console.WriteLine($"Delivering {events.Count:N0} signed events, then each again ...");
        var first = await DeliverAsync(portal.BaseAddress, "webhook, first delivery", events, "Processed", cancellationToken);
        var again = await DeliverAsync(portal.BaseAddress, "webhook, duplicate", events, "Duplicate", cancellationToken);

        var ids = deposits.Select(d => d.Id).ToList();
        var (paid, audited) = await WithDbAsync(services, async db => (
            await db.Deposits.CountAsync(d => ids.Contains(d.Id) && d.State == DepositState.Paid, cancellationToken),
            await db.AuditEvents.CountAsync(e => e.EntityType == "Deposit" && e.Action == "Paid" && e.Actor == "Portal", cancellationToken)));
        ResultReport.PrintTable(baseline, [baseline, first, again]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Deposits paid by card: {paid:N0} of {Deposits:N0}; each paid once ({audited:N0} 'Paid' audit events from webhooks)."));
        var answered = ResultReport.PrintFailures([baseline, first, again]);
        return answered && paid == Deposits && audited == Deposits ? 0 : 1;
    }

    /// <summary>Sends each event once, signed at the moment it is sent, with <see cref="InFlight"/> deliveries at a time.</summary>
    private static async Task<LoadResult> DeliverAsync(Uri portal, string name, IReadOnlyList<string> events, string expected, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = InFlight }) { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(30) };
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var tallies = await Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(async () =>
        {
            var tally = new WorkerTally();
            for (var i = Interlocked.Increment(ref next); i < events.Count; i = Interlocked.Increment(ref next))
            {
                var sent = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/webhook") { Content = new StringContent(events[i], Encoding.UTF8, "application/json") };
                request.Headers.Add(WebhookSigner.Header, WebhookSigner.Sign(events[i], WebhookBenchmarkData.WebhookSecret, DateTimeOffset.UtcNow));
                using var response = await client.SendAsync(request, cancellationToken);
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                tally.Record(Stopwatch.GetTimestamp() - sent,
                    response.IsSuccessStatusCode && answer == expected ? null : $"HTTP {(int)response.StatusCode} answering '{answer[..Math.Min(answer.Length, 80)]}', not '{expected}'");
            }
            return tally;
        }, cancellationToken)));
        return LoadResult.From(name, tallies, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<T> WithDbAsync<T>(ServiceProvider services, Func<PortalDbContext, Task<T>> work)
    {
        using var scope = services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
