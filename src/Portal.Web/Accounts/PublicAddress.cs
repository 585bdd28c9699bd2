namespace Portal.Web.Accounts;

/// <summary>
/// Where people reach the portal, for the links in its mails: <c>Portal:PublicUrl</c> (such as
/// https://portal.example.com). Production does not start without it (<see cref="Common.StartupRequirements"/>).
/// Unset elsewhere, a link follows the request that sends the mail, whose Host header the client chooses.
/// </summary>
public sealed partial record PublicAddress(Uri? Url)
{
    public const string Setting = "Portal:PublicUrl";

    public const string Example = "https://portal.example.com";

    /// <summary>
    /// Where this process listens (the first of its <c>urls</c>, a wildcard host read as localhost), else http://localhost:
    /// the links of mails written outside a request while <see cref="Url"/> is unset (the demo's, written at start).
    /// </summary>
    public Uri Listening { get; init; } = new("http://localhost");

    public static PublicAddress From(IConfiguration configuration) => (configuration[Setting] switch
    {
        null or "" => new PublicAddress((Uri?)null),
        var text when Parse(text) is { } url => new PublicAddress(url),
        var text => throw new InvalidOperationException($"{Setting} '{text}' is not an absolute http or https address."),
    }) with { Listening = ListeningOf(configuration["urls"]) };

    private static Uri ListeningOf(string? urls) =>
        Parse(Wildcard().Replace(urls?.Split(';')[0] ?? string.Empty, "://localhost")) ?? new Uri("http://localhost");

    [System.Text.RegularExpressions.GeneratedRegex(@"://(\*|\+|0\.0\.0\.0|\[::\])")]
    private static partial System.Text.RegularExpressions.Regex Wildcard();

    /// <summary>The address the text names, or null when it is not an absolute http or https address.</summary>
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
