namespace Portal.Infrastructure;

/// <summary>
/// A start the portal refuses because of something only the operator can change (a setting, a folder, a file, another
/// process on the same database): its message says what and how, and the entry point prints it without a trace.
/// </summary>
public sealed class StartRefused(string message, Exception? cause = null) : Exception(message, cause);
