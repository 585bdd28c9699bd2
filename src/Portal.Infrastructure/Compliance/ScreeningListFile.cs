using System.Security.Cryptography;
using CsvHelper;
using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>
/// Reads a restricted-party list in the format of the US government's Consolidated Screening List CSV export, as it
/// streams in, row by row. Columns are found by their header names, in any order; others are ignored. A file without a 'source' or
/// 'name' column is refused whole (<see cref="InvalidDataException"/>). A row that cannot be taken (bad quoting, another
/// number of fields than the header, no name, a value too long to keep) is left out and reported with its line, and
/// the rest is read (the first <see cref="ProblemsKept"/> with their reasons). A quoted field cannot span lines: the list's fields are one line each, and a stray quote would
/// otherwise swallow the rest of the file.
/// </summary>
public static class ScreeningListFile
{
    /// <summary>The parties handed on at a time: the file is never held whole, nor its parties.</summary>
    public const int BatchSize = 1000;

    /// <summary>The rows left out that are kept with their reasons (all are counted).</summary>
    public const int ProblemsKept = 200;

    /// <summary>Reads the file row by row, handing its parties on in batches of <see cref="BatchSize"/>.</summary>
    public static async Task<ScreeningListRead> ReadAsync(Stream file, Func<IReadOnlyList<RestrictedParty>, Task> takeBatch,
        CancellationToken cancellationToken)
    {
        using var sha256 = SHA256.Create();
        var problems = new ListRowProblems();
        var batch = new List<RestrictedParty>(BatchSize);
        var parties = 0;
        await using (var hashing = new CryptoStream(file, sha256, CryptoStreamMode.Read, leaveOpen: true))
        {
            await using (var csv = CsvReader.Create(hashing, Options(problems), leaveOpen: true))
            {
                await csv.ReadHeaderAsync(cancellationToken);
                var columns = new ScreeningListColumns(csv);
                while (await csv.ReadAsync(cancellationToken))
                {
                    if (Take(csv, columns, problems) is { } party)
                    {
                        batch.Add(party);
                        parties++;
                    }
                    if (batch.Count == BatchSize)
                    {
                        await takeBatch(batch);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    await takeBatch(batch);
                }
            }
            await hashing.CopyToAsync(Stream.Null, cancellationToken);
        }
        return new ScreeningListRead(parties, problems.Kept.OrderBy(p => p.Line).ToArray(), problems.Count, Convert.ToHexStringLower(sha256.Hash!));
    }

    private static RestrictedParty? Take(CsvReader csv, ScreeningListColumns columns, ListRowProblems problems)
    {
        try
        {
            return columns.Party(csv);
        }
        catch (DomainException refused)
        {
            problems.Add(new ListRowProblem(csv.LineNumber, refused.Message));
            return null;
        }
    }

    private static CsvReaderOptions Options(ListRowProblems problems) => new()
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

/// <summary>The rows left out: every one counted, the first <see cref="ScreeningListFile.ProblemsKept"/> kept.</summary>
internal sealed class ListRowProblems
{
    private readonly List<ListRowProblem> _kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<ListRowProblem> Kept => _kept;

    public void Add(ListRowProblem problem)
    {
        Count++;
        if (_kept.Count < ScreeningListFile.ProblemsKept)
        {
            _kept.Add(problem);
        }
    }
}
