namespace Portal.IntegrationTests.Hostile;

/// <summary>Resolves a page's links against the page, keeping only those that stay on the portal.</summary>
public sealed class SameOrigin(Uri origin)
{
    /// <summary>The path and query the link leads to on this portal, or null for another site, a fragment or mailto:.</summary>
    public string? Resolve(string pageUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
        {
            return null;
        }
        if (!Uri.TryCreate(new Uri(origin, pageUrl), href.Trim(), out var target))
        {
            return null;
        }
        return target.Scheme == origin.Scheme && target.Authority == origin.Authority ? target.PathAndQuery : null;
    }
}
