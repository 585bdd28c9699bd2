using Microsoft.AspNetCore.WebUtilities;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// A field of a form as the page showed it: its value (a box's even when unticked), whether a browser would send it as
/// it is, and a list's options.
/// </summary>
public sealed record FormField(string Name, string Type, string Value, bool Submits, IReadOnlyList<string> Options);

/// <summary>A form found on a page: where and how it submits, and its fields, the antiforgery token among them.</summary>
public sealed record CrawledForm(string Page, string Method, string Action, IReadOnlyList<FormField> Fields)
{
    public const string TokenField = "__RequestVerificationToken";

    public bool IsPost => Method == "POST";

    /// <summary>Forms of one shape submit the same fields to addresses of one shape, such as each quote's Accept form.</summary>
    public string Shape => $"{Method} {RouteShape.Of(Action)} {string.Join(',', Fields.Select(f => f.Name).Distinct().Order(StringComparer.Ordinal))}";

    /// <summary>What a browser would submit as the page came.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Submission =>
        Fields.Where(f => f.Submits).Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();

    /// <summary>An address seen as the GET form that leads to it: its path, and its query's parameters as the fields.</summary>
    public static CrawledForm OfAddress(string url)
    {
        var (path, query) = RouteShape.Split(url);
        var fields = QueryHelpers.ParseQuery(query)
            .SelectMany(p => p.Value.Select(v => new FormField(p.Key, "query", v ?? string.Empty, true, [])))
            .ToList();
        return new CrawledForm(url, "GET", path, fields);
    }

    /// <summary>The address a GET form leads to with these fields: they replace the action's own query, as in a browser.</summary>
    public static string WithQuery(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        var path = RouteShape.Split(action).Path;
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
