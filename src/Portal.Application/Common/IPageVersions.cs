namespace Portal.Application.Common;

/// <summary>
/// How many times the data behind a group of kept pages (its tag, see <see cref="PageTags"/>) has changed: a page kept
/// under an older version is never served again, on any instance.
/// </summary>
public interface IPageVersions
{
    /// <summary>The version the tag's pages are at now: 0 until the first change.</summary>
    ValueTask<long> VersionAsync(string tag, CancellationToken cancellationToken);
}
