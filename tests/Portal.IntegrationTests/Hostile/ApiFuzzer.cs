using System.Net.Http.Headers;
using System.Text;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>One hostile API call: an operation's example call with one parameter, field or the body made hostile.</summary>
public sealed record ApiInput(string Method, string Url, string? Body, string Target, string Value)
{
    public override string ToString() => $"{Method} {Url} [{Target} = {(Value.Length <= 40 ? Value : Value[..40] + "…")}]";
}

/// <summary>
/// Makes every API operation's example call with the edges of each path and query parameter and each JSON field, as a
/// key's owner, and keeps every answer that is a server failure, or a refusal that is not a problem document.
/// </summary>
public sealed class ApiFuzzer(PortalClient client, string key)
{
    public const string ProblemJson = "application/problem+json";

    public List<string> Failures { get; } = [];

    public SortedDictionary<int, int> Answers { get; } = new();

    public int Sent { get; private set; }

    public static IEnumerable<ApiInput> InputsFor(ApiOperation operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            IEnumerable<string> values = parameter.In == "path" ? [.. HostileValues.ForIds, "2147483647"] : EdgeValues.Of(parameter.Kind);
            foreach (var value in values)
            {
                yield return new ApiInput(operation.Method, operation.Url(parameter.Name, value), operation.Body?.ToJsonString(), parameter.Name, value);
            }
        }
        if (operation.Body is { } example)
        {
            foreach (var mutation in JsonMutations.Of(example, operation.BodySchema))
            {
                yield return new ApiInput(operation.Method, operation.Url(), mutation.Body, mutation.Target, mutation.Value);
            }
        }
    }

    public async Task SendAsync(ApiInput input)
    {
        Sent++;
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), input.Url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (input.Body is not null)
        {
            request.Content = new StringContent(input.Body, Encoding.UTF8, "application/json");
        }
        HttpResponseMessage response;
        try
        {
            response = await client.Http.SendAsync(request);
        }
        catch (Exception e)
        {
            Failures.Add($"{input}: no answer ({e.GetType().Name}: {e.Message})");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            Answers[status] = Answers.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                Failures.Add($"{input}: {status}");
            }
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != ProblemJson)
            {
                Failures.Add($"{input}: {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content"}, not a problem document");
            }
        }
    }
}
