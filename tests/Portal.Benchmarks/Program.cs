using System.Runtime.InteropServices;
using Portal.Benchmarks;

using var cancellation = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

if (!BenchmarkArguments.TryParse(args, out var arguments, out var problem))
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchmarkArguments.Usage);
    return 2;
}

try
{
    return arguments.Benchmark switch
    {
        BenchmarkArguments.Api => await ApiBenchmark.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.Pdf => await PdfBenchmark.RunAsync(cancellation.Token),
        BenchmarkArguments.Startup => await StartupBenchmark.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.Reports => await ReportsBenchmark.RunAsync(cancellation.Token),
        BenchmarkArguments.Waitlist => await WaitlistBenchmark.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.Webhooks => await WebhookBenchmark.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.ScaleOut => await ScaleOutBenchmark.RunAsync(arguments, cancellation.Token),
        BenchmarkArguments.Screening => ScreeningBenchmark.Run(),
        BenchmarkArguments.Smoke => await SmokeRun.RunAsync(arguments, cancellation.Token),
        _ => await WebBenchmark.RunAsync(arguments, cancellation.Token),
    };
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Interrupted; the portal was stopped.");
    return 130;
}
catch (BenchmarkFailedException failure)
{
    Console.Error.WriteLine($"Benchmark failed: {failure.Message}");
    return 1;
}

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
