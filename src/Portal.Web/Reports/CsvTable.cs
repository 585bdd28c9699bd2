using System.Globalization;
using CsvHelper;
using Portal.Domain.Common;

namespace Portal.Web.Reports;

/// <summary>
/// One export: a file name, a header row and the rows, which may come one at a time from the database. Written as
/// CSV (RFC 4180, UTF-8); the writer flushes to the response as its buffer fills, so memory stays flat whatever the
/// row count. Text a customer typed (a company name, a decline reason) that a spreadsheet would run as a formula is
/// written with a leading apostrophe, so it opens as text.
/// </summary>
public sealed record CsvTable(string Name, IReadOnlyList<string> Header, IAsyncEnumerable<string?[]> Rows)
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public async Task WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Header.ToArray(), cancellationToken);
        await foreach (var row in Rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(row, cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>Figures already computed, as rows.</summary>
    public static CsvTable Of<T>(string name, IReadOnlyList<string> header, IEnumerable<T> rows, Func<T, string?[]> fields) =>
        new(name, header, rows.Select(fields).ToAsyncEnumerable());

    /// <summary>Rows streamed from the database.</summary>
    public static CsvTable Of<T>(string name, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, string?[]> fields) =>
        new(name, header, rows.Select(fields));

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string? Time(DateTime? utc) => utc is { } value ? Time(value) : null;

    /// <summary>An amount in major units with two decimals, as a spreadsheet reads it: 1234567.89.</summary>
    public static string Amount(long minorUnits) => Money.ToMajor(minorUnits).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
