namespace Portal.Domain.Webhooks;

/// <summary>
/// What the delivery log says of a failed attempt: its class, never the network's own words. An exception's text names
/// the address and port and tells a refused port from a silent one, which would make the log a port scanner.
/// </summary>
public static class WebhookOutcome
{
    public const string NotPublic = "Refused: address not public";
    public const string HostNotFound = "Refused: host name not found";
    public const string ConnectionFailed = "Connection failed";
    public const string Disabled = "Not sent: the endpoint was disabled";

    public static string TimedOut(TimeSpan after) => $"Timed out after {after.TotalSeconds:0} s";

    public static string Status(int status) => $"HTTP {status}";
}
