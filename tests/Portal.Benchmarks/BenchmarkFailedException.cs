namespace Portal.Benchmarks;

/// <summary>The run itself could not go on: the portal did not build, start or let the buyer sign in.</summary>
internal sealed class BenchmarkFailedException(string message) : Exception(message);
