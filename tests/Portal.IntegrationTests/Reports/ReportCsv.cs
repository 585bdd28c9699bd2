using CsvHelper;

namespace Portal.IntegrationTests.Reports;

/// <summary>An export read back with a CSV reader: its header and each row by column name.</summary>
public sealed record ReportCsv(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static async Task<ReportCsv> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = CsvReader.FromText(await response.Content.ReadAsStringAsync());
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(name => name, name => reader.GetString(name)));
        }
        return new ReportCsv(reader.Headers.ToList(), rows);
    }
}
