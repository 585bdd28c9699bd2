using Microsoft.Extensions.Logging;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// Counts the SQL commands EF Core executes, read from its command log, to show a page makes no query per row; with
/// <paramref name="touching"/>, only the commands whose text names it (a table).
/// </summary>
public sealed class CommandCounter(string? touching = null) : ILoggerProvider
{
    private readonly string? _touching = touching;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? new Counting(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Counting(CommandCounter counter) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"
                && (counter._touching is null || formatter(state, exception).Contains(counter._touching, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref counter._count);
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
