using System.Globalization;
using System.Text;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// One request of the fuzzer: a form's (or address's) fields with one thing about them made hostile, which
/// <paramref name="Target"/> names (a field, the whole form, the token, a route id) and <paramref name="Value"/> shows.
/// </summary>
public sealed record HostileInput(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    string Target,
    string Value,
    bool ExpectsBadRequest = false)
{
    public HttpRequestMessage ToRequest() => Method == "POST"
        ? new HttpRequestMessage(HttpMethod.Post, Url) { Content = new FormUrlEncodedContent(Fields) }
        : new HttpRequestMessage(HttpMethod.Get, CrawledForm.WithQuery(Url, Fields));

    public override string ToString() => $"{Method} {Url} [{Target} = {Head(Value)}]";

    /// <summary>The value's start, with invisible characters spelled out, so a report line shows what was sent.</summary>
    private static string Head(string value)
    {
        var head = new StringBuilder();
        foreach (var c in value.Take(24))
        {
            var invisible = char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
            head.Append(invisible ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return value.Length > 24 ? $"\"{head}…\" ({value.Length} chars)" : $"\"{head}\"";
    }
}
