using BenchmarkDotNet.Attributes;
using Portal.Application.Quotes.Documents;

namespace Portal.Benchmarks;

/// <summary>
/// One quote document drawn by our PDFsharp renderer, against headless Chromium printing the portal's HTML page of the
/// same quote (the baseline). The documents, the renderer and the browser are prepared once, by <see cref="PdfBenchmark"/>.
/// </summary>
[MemoryDiagnoser]
public class QuotePdfBenchmarks
{
    internal static PdfBenchmarkSubjects? Subjects { get; set; }

    [Params(PdfBenchmarkSubjects.OnePage, PdfBenchmarkSubjects.HundredLines)]
    public string Quote { get; set; } = PdfBenchmarkSubjects.OnePage;

    private PdfBenchmarkSubjects Ready => Subjects ?? throw new InvalidOperationException("Run the PDF benchmark with 'dotnet run -c Release --project tests/Portal.Benchmarks -- pdf'.");

    [Benchmark(Baseline = true, Description = "Chromium prints the HTML page")]
    public Task<byte[]> Chromium() => Ready.Chromium.PrintAsync(Ready.QuoteIds[Quote]);

    [Benchmark(Description = "PDFsharp renders the document")]
    public byte[] Portal() => Ready.Renderer.Render(Ready.Documents[Quote]);
}

/// <summary>What the benchmark methods work on: each quote's document and id, our renderer, the warm browser.</summary>
internal sealed record PdfBenchmarkSubjects(
    IReadOnlyDictionary<string, int> QuoteIds,
    IReadOnlyDictionary<string, QuoteDocument> Documents,
    IQuotePdfRenderer Renderer,
    ChromiumPrinter Chromium)
{
    public const string OnePage = "1-page";
    public const string HundredLines = "100-line";
}
