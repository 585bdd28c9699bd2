using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// One request sent over and over: a GET, or a POST of a form (<see cref="Form"/>) or of JSON (<see cref="Json"/>);
/// with the session's cookies when it needs a signed-in user, or with an API key.
/// </summary>
/// <remarks>The cookies are kept like a browser keeps them, so a renewed sign-in cookie is sent from then on.</remarks>
internal sealed record LoadScenario(string Name, string Path, CookieContainer? Session = null, IReadOnlyDictionary<string, string>? Form = null,
    string? ApiKey = null, string? Json = null)
{
    public string Method => Form is null && Json is null ? "GET" : "POST";

    /// <summary>Sends the request once; true when the portal answered 200, false on any other answer, a failure or a timeout.</summary>
    public async Task<bool> SendAsync(HttpClient client, CancellationToken cancellationToken)
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
