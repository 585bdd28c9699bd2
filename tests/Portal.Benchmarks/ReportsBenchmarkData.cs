using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Reports;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// A year of quotes for the reports benchmark: the demo's submitted quotes, with everything that hangs off them, cloned
/// in set-based SQL until there are at least a million (through EF, entity by entity, that would take some forty
/// minutes). Clone k's times lie (clones - k) steps before its original's: the quotes spread evenly over the last year,
/// each keeps the order of its own events, and a higher id is a newer quote, as in a database that grew by use.
/// </summary>
internal static class ReportsBenchmarkData
{
    public const int Quotes = 1_000_000;
    private const int QuotesPerTransaction = 50_000;

    public static async Task<SeededQuotes> SeedAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var plan = await QuoteClonePlan.CreateAsync(db, cancellationToken);
        var submitted = db.Quotes.Where(q => q.SubmittedUtc != null);
        var originals = await submitted.CountAsync(cancellationToken);
        var oldest = await submitted.MinAsync(q => q.SubmittedUtc!.Value, cancellationToken);
        var clones = (Quotes + originals - 1) / originals;
        // The oldest clone of the oldest quote is still submitted a day inside the year the full-year report covers.
        var step = (long)(TimeSpan.FromDays(364) - (now - oldest)).TotalSeconds / clones;
        var perTransaction = Math.Max(1, QuotesPerTransaction / originals);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cloning the {originals} submitted demo quotes {clones:N0} times, {perTransaction * originals:N0} quotes per transaction, into {string.Join(", ", plan.Tables.Select(t => t.Table.Name))} ..."));
        for (var first = 1; first <= clones; first += perTransaction)
        {
            var last = Math.Min(clones, first + perTransaction - 1);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var statement in plan.Statements(first, last, $"({clones} - ks.k) * {step}"))
            {
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(long)last * originals,9:N0} quotes cloned after {watch.Elapsed.TotalSeconds,5:F0} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Counting the clones into the sales days after {watch.Elapsed.TotalSeconds:F0} s ..."));
        await SalesDayRollup.RebuildAsync(db, cancellationToken);
        Console.WriteLine("Updating the planner's statistics ...");
        foreach (var statement in plan.Dialect.AfterSeeding(plan.Tables.Select(t => (t.Table.Name, t.Key.Name))))
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        var quotes = await db.Quotes.CountAsync(cancellationToken);
        var lines = await db.Set<QuoteProductLine>().CountAsync(cancellationToken) + await db.Set<QuoteRack>().CountAsync(cancellationToken);
        if (quotes < Quotes)
        {
            throw new BenchmarkFailedException($"Seeding left {quotes:N0} quotes, not {Quotes:N0}.");
        }
        return new SeededQuotes(quotes, lines, watch.Elapsed);
    }
}

/// <param name="QuoteLines">Product lines and rack configurations: the lines a buyer puts on a quote.</param>
internal sealed record SeededQuotes(int Quotes, int QuoteLines, TimeSpan Elapsed);
