using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// One request sent over and over: a GET, or a form POST when <see cref="Form"/> is set; with the session's cookies
/// when it needs a signed-in user.
/// </summary>
/// <remarks>The cookies are kept like a browser keeps them, so a renewed sign-in cookie is sent from then on.</remarks>
internal sealed record LoadScenario(string Name, string Path, CookieContainer? Session = null, IReadOnlyDictionary<string, string>? Form = null)
{
    public string Method => Form is null ? "GET" : "POST";

    /// <summary>Sends the request once; true when the portal answered 200, false on any other answer, a failure or a timeout.</summary>
    public async Task<bool> SendAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var request = Form is null
                ? new HttpRequestMessage(HttpMethod.Get, Path)
                : new HttpRequestMessage(HttpMethod.Post, Path) { Content = new FormUrlEncodedContent(Form) };
            using var response = await client.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
