using System.Globalization;
using CsvHelper;
using Portal.Application.Reports;

namespace Portal.Web.Reports;

/// <summary>
/// Writes the pipeline's quotes as CSV (RFC 4180, UTF-8, a header row), one row at a time as they come from the
/// database; the writer flushes to the response as its buffer fills, so memory stays flat whatever the row count.
/// </summary>
public static class PipelineCsv
{
    private static readonly string[] Header = ["number", "customer", "status", "submitted_utc", "issued_utc", "revision", "value", "currency", "salesperson"];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<PipelineQuote> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, options: null, leaveOpen: true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
            [
                row.Number,
                row.Customer,
                row.Status.ToString(),
                Time(row.SubmittedUtc),
                row.IssuedUtc is { } issued ? Time(issued) : null,
                row.Revision.ToString(CultureInfo.InvariantCulture),
                row.TotalMinorUnits is { } total ? (total / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null,
                row.Currency,
                row.Salesperson,
            ], cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
