using Microsoft.AspNetCore.WebUtilities;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// The shape of a portal address: the path with its ids blanked out and the names of its query parameters, so that
/// /Customer/Quotes/Details/12 and /Customer/Quotes/Details/13 are one shape, /Catalog/Product/TRN3-RACK-48U and
/// /Catalog/Product/RDHX-50KW another, and /Staff/Quotes?page=2 a third.
/// </summary>
public static class RouteShape
{
    public const string Id = "{id}";

    public static string Of(string url)
    {
        var (path, query) = Split(url);
        var shape = string.Join('/', path.Split('/').Select(s => IsId(s) ? Id : s.ToLowerInvariant()));
        var keys = QueryHelpers.ParseQuery(query).Keys.Select(k => k.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? shape : $"{shape}?{string.Join('&', keys)}";
    }

    /// <summary>A path segment that names one record: a number, a GUID, or a product code such as TRN3-RACK-48U.</summary>
    public static bool IsId(string segment) =>
        (segment.Length > 0 && segment.All(char.IsAsciiDigit)) || Guid.TryParse(segment, out _) || IsProductCode(segment);

    private static bool IsProductCode(string segment) =>
        segment.Contains('-', StringComparison.Ordinal) && segment.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');

    public static (string Path, string Query) Split(string url)
    {
        var mark = url.IndexOf('?', StringComparison.Ordinal);
        return mark < 0 ? (url, string.Empty) : (url[..mark], url[mark..]);
    }
}
