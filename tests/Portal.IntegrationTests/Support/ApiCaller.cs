using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.IntegrationTests.Support;

/// <summary>A procurement system calling the API with a key that a company's first user made on the API keys page.</summary>
public sealed class ApiCaller(PortalFactory factory, string key)
{
    public string Key => key;

    /// <summary>A new key of the company whose first user has that address; one that may write unless told.</summary>
    public static async Task<ApiCaller> ForAsync(PortalFactory factory, string owner, bool write = true)
    {
        using var client = await factory.SignedInAsync(owner);
        var fields = new Dictionary<string, string> { ["name"] = "Procurement system" };
        if (write)
        {
            fields["write"] = "true";
        }
        var made = await client.SubmitAsync("/Customer/ApiKeys", fields, "/Customer/ApiKeys/Create");
        return new ApiCaller(factory, made.Text(".new-api-key"));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var api = factory.NewClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {key}");
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonOptions);
        }
        return await api.Http.SendAsync(request);
    }

    /// <summary>Sends the call, checks its status, and answers its JSON.</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The messages a 400 problem gives for one field.</summary>
    public static IReadOnlyList<string> ErrorsFor(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
