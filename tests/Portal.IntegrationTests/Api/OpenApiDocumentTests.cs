using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document lists every endpoint under /api/v1 with an example call, and every example call succeeds
/// against the demo: the reads on one portal, each write on a fresh one (so that no example spoils another's data).
/// </summary>
public sealed class OpenApiDocumentTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Owner = "buyer@helios.example";

    private sealed record ExampleCall(string Method, string Template, string Url, bool TakesBody, string? Body);

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = portal.Factory.NewClient();
        var response = await client.Http.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static IReadOnlyList<ExampleCall> ExampleCalls(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(operation =>
        {
            var url = path.Name;
            var query = new List<string>();
            foreach (var parameter in operation.Value.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                if (!parameter.TryGetProperty("example", out var example))
                {
                    continue;
                }
                var (name, value) = (parameter.GetProperty("name").GetString()!, example.ToString());
                if (parameter.GetProperty("in").GetString() == "path")
                {
                    url = url.Replace($"{{{name}}}", value, StringComparison.Ordinal);
                }
                else
                {
                    query.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }
            var takesBody = operation.Value.TryGetProperty("requestBody", out var requestBody);
            var body = takesBody && requestBody.GetProperty("content").TryGetProperty("application/json", out var json) && json.TryGetProperty("example", out var sample)
                ? sample.GetRawText()
                : null;
            return new ExampleCall(operation.Name.ToUpperInvariant(), path.Name, query.Count == 0 ? url : $"{url}?{string.Join('&', query)}", takesBody, body);
        })).ToList();

    [Fact]
    public async Task TheDocumentListsEveryEndpointOfTheApiEachWithAnExampleCall()
    {
        var document = await DocumentAsync();
        var endpoints = portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/v1/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.Contains("openapi"))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{Template(e.RoutePattern.RawText!)}"))
            .Order().ToList();
        var calls = ExampleCalls(document);

        Assert.Equal(endpoints, calls.Select(c => $"{c.Method} {c.Template}").Order());
        Assert.Equal("Portal API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.All(calls, c => Assert.DoesNotContain("{", c.Url));
        Assert.All(calls.Where(c => c.TakesBody), c => Assert.NotNull(c.Body));
    }

    [Fact]
    public async Task EveryExampleCallSucceedsAgainstTheDemo()
    {
        var calls = ExampleCalls(await DocumentAsync());
        var reader = await ApiCaller.ForAsync(portal.Factory, Owner);
        var failures = new List<string>();
        foreach (var call in calls.Where(c => c.Method == "GET"))
        {
            failures.AddRange(await FailureAsync(reader, call));
        }
        foreach (var call in calls.Where(c => c.Method != "GET"))
        {
            using var fresh = new PortalFactory(new SqliteTestDatabase());
            failures.AddRange(await FailureAsync(await ApiCaller.ForAsync(fresh, Owner), call));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(calls, c => c.Method == "POST");
        Assert.Contains(calls, c => c.Method == "DELETE");
    }

    private static async Task<IEnumerable<string>> FailureAsync(ApiCaller api, ExampleCall call)
    {
        using var response = await api.SendAsync(new HttpMethod(call.Method), call.Url, call.Body is null ? null : JsonDocument.Parse(call.Body).RootElement);
        return response.IsSuccessStatusCode ? [] : [$"{call.Method} {call.Url} {call.Body} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}"];
    }

    /// <summary>"api/v1/quotes/{id:int}" as the document writes it: "api/v1/quotes/{id}".</summary>
    private static string Template(string route) =>
        string.Join('/', route.Split('/').Select(segment => segment.StartsWith('{') ? $"{{{segment.Trim('{', '}').Split(':')[0]}}}" : segment));
}
