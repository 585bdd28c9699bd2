using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// One request sent over and over: a GET, or a POST of a form (<see cref="Form"/>) or of JSON (<see cref="Json"/>);
/// with the session's cookies when it needs a signed-in user, or with an API key; with the least ratio to the plain-text
/// baseline it must reach, when it has a target (the speed targets, for a quiet 2-core machine).
/// </summary>
/// <remarks>The cookies are kept like a browser keeps them, so a renewed sign-in cookie is sent from then on.</remarks>
internal sealed record LoadScenario(string Name, string Path, CookieContainer? Session = null, IReadOnlyDictionary<string, string>? Form = null,
    string? ApiKey = null, string? Json = null, double? MinimumRatio = null)
{
    /// <summary>What every scenario is compared with: the cheapest answer the portal gives.</summary>
    public static readonly LoadScenario Baseline = new("plain-text baseline", "/ping");

    public string Method => Form is null && Json is null ? "GET" : "POST";

    /// <summary>
    /// Sends the request once; answers null when the portal answered 2xx or 3xx, otherwise what went wrong: another
    /// status, a redirect to the sign-in page (the session was lost), a failure or a timeout.
    /// </summary>
    public async Task<string?> SendAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(Method), Path)
            {
                Content = Form is not null ? new FormUrlEncodedContent(Form)
                    : Json is not null ? new StringContent(Json, System.Text.Encoding.UTF8, "application/json")
                    : null,
            };
            if (ApiKey is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiKey);
            }
            using var response = await client.SendAsync(request, cancellationToken);
            return FailureOf(response, client.BaseAddress!);
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no answer within the request timeout";
        }
    }

    private static string? FailureOf(HttpResponseMessage response, Uri baseAddress)
    {
        var status = $"HTTP {(int)response.StatusCode} {response.StatusCode}";
        if ((int)response.StatusCode is < 200 or >= 400)
        {
            return status;
        }
        var signedOut = response.Headers.Location is { } to
            && new Uri(baseAddress, to).AbsolutePath.Equals(SignIn.LoginPath, StringComparison.OrdinalIgnoreCase);
        return signedOut ? $"{status} to the sign-in page" : null;
    }
}
