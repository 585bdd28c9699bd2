using System.Security.Cryptography;
using CsvHelper;
using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// Reads a restricted-party list in the format of the US government's Consolidated Screening List CSV export, as it
/// streams in. Columns are found by their header names, in any order; others are ignored. A file without a 'source' or
/// 'name' column is refused whole (<see cref="InvalidDataException"/>). A row that cannot be taken (bad quoting, another
/// number of fields than the header, no name, a value too long to keep) is left out and reported with its line, and
/// the rest is read. A quoted field cannot span lines: the list's fields are one line each, and a stray quote would
/// otherwise swallow the rest of the file.
/// </summary>
public static class ScreeningListFile
{
    public static async Task<ScreeningListRead> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        using var sha256 = SHA256.Create();
        var problems = new List<ListRowProblem>();
        var parties = new List<RestrictedParty>();
        await using (var hashing = new CryptoStream(file, sha256, CryptoStreamMode.Read, leaveOpen: true))
        {
            await using (var csv = CsvReader.Create(hashing, Options(problems), leaveOpen: true))
            {
                await csv.ReadHeaderAsync(cancellationToken);
                var columns = new ScreeningListColumns(csv);
                while (await csv.ReadAsync(cancellationToken))
                {
                    Take(csv, columns, parties, problems);
                }
            }
            await hashing.CopyToAsync(Stream.Null, cancellationToken);
        }
        return new ScreeningListRead(parties, problems.OrderBy(p => p.Line).ToArray(), Convert.ToHexStringLower(sha256.Hash!));
    }

    private static void Take(CsvReader csv, ScreeningListColumns columns, List<RestrictedParty> parties, List<ListRowProblem> problems)
    {
        try
        {
            parties.Add(columns.Party(csv));
        }
        catch (DomainException refused)
        {
            problems.Add(new ListRowProblem(csv.LineNumber, refused.Message));
        }
    }

    private static CsvReaderOptions Options(List<ListRowProblem> problems) => new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = record => problems.Add(new ListRowProblem(record.LineNumber, Reason(record.Reason))),
    };

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "The row has another number of fields than the header.",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "A quoted field is not closed on its line.",
        _ => "A quote stands where it cannot: quote a whole field, and write a quote inside one as two.",
    };
}
