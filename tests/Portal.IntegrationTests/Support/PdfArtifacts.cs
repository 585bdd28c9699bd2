using System.Diagnostics;
using UglyToad.PdfPig;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// Every PDF a test makes is kept as an artifact with its pages rendered to PNG (pdftoppm), to be looked at, must pass
/// <c>qpdf --check</c> without a warning, and is opened with PdfPig for the test to read back.
/// </summary>
public static class PdfArtifacts
{
    public static PdfDocument Check(byte[] pdf, string name)
    {
        TestEnvironment.Require(File.Exists("/usr/bin/qpdf") && File.Exists("/usr/bin/pdftoppm"), "qpdf and pdftoppm (Debian's qpdf and poppler-utils)");
        var folder = Path.Combine(TestEnvironment.Artifacts, "pdf");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        var (code, output) = Run("qpdf", "--check", path);
        Assert.True(code == 0, $"qpdf --check {name}.pdf exited with {code}:\n{output}");
        (code, output) = Run("pdftoppm", "-png", "-r", "60", path, Path.Combine(folder, name));
        Assert.True(code == 0, $"pdftoppm {name}.pdf exited with {code}:\n{output}");
        return PdfDocument.Open(pdf);
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
