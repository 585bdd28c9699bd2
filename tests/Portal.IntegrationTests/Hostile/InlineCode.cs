using AngleSharp.Dom;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Finds what a Content-Security-Policy of script-src 'self' and style-src 'self' blocks: inline scripts, style
/// elements and attributes, event-handler attributes and javascript: addresses.
/// </summary>
public static class InlineCode
{
    public static IEnumerable<string> In(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            yield return $"inline <script>{Head(script.TextContent)}";
        }
        foreach (var style in document.QuerySelectorAll("style"))
        {
            yield return $"<style>{Head(style.TextContent)}";
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal) || IsJavaScriptUrl(attribute.Value))
                {
                    yield return $"<{element.LocalName} {attribute.Name}=\"{Head(attribute.Value)}\">";
                }
            }
        }
    }

    /// <summary>Browsers drop whitespace and control characters inside a scheme, so "java\tscript:" counts too.</summary>
    private static bool IsJavaScriptUrl(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray())
            .StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static string Head(string text)
    {
        var trimmed = text.Trim().ReplaceLineEndings(" ");
        return trimmed.Length <= 60 ? trimmed : trimmed[..60] + "…";
    }
}
