using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>Signs in through the login form, as a browser would, and hands back the session's cookie jar.</summary>
internal static partial class SignIn
{
    public const string LoginPath = "/Account/Login";
    /// <param name="homePath">A page the user may see, read once to check the session works.</param>
    public static async Task<CookieContainer> SessionAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken,
        string homePath = "/Customer/Sites")
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };

        var form = await GetPageAsync(browser, LoginPath, cancellationToken);
        using var credentials = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        });
        using var login = await browser.PostAsync(LoginPath, credentials, cancellationToken);
        if (login.StatusCode != HttpStatusCode.Found || login.Headers.Location?.OriginalString != "/")
        {
            throw new BenchmarkFailedException(
                $"Signing in as {email} answered {(int)login.StatusCode} to {login.Headers.Location}, not 302 to /.");
        }

        await GetPageAsync(browser, homePath, cancellationToken);
        return cookies;
    }

    private static async Task<string> GetPageAsync(HttpClient browser, string path, CancellationToken cancellationToken)
    {
        using var response = await browser.GetAsync(path, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        }
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public static string AntiforgeryToken(string page)
    {
        var input = AntiforgeryInput().Match(page);
        var value = input.Success ? ValueAttribute().Match(input.Value) : Match.Empty;
        return value.Success
            ? WebUtility.HtmlDecode(value.Groups[1].Value)
            : throw new BenchmarkFailedException("The page has no __RequestVerificationToken input.");
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
