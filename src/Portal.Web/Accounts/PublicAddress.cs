namespace Portal.Web.Accounts;

/// <summary>
/// Where people reach the portal, for the links in its mails: <c>Portal:PublicUrl</c> (such as
/// https://portal.example.com). Unset, a link follows the request that sends the mail, whose Host header the client
/// chooses: someone asking for a password reset for another person's address could have the link point elsewhere.
/// </summary>
public sealed record PublicAddress(Uri? Url)
{
    public const string Setting = "Portal:PublicUrl";

    public static PublicAddress From(IConfiguration configuration) => configuration[Setting] switch
    {
        null or "" => new PublicAddress((Uri?)null),
        var text when Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" => new PublicAddress(url),
        var text => throw new InvalidOperationException($"{Setting} '{text}' is not an absolute http or https address."),
    };
}
