using Portal.Domain.Common;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// How many times the data behind a group of cached pages (its tag) has changed. Every instance's cached copy of a page
/// is keyed by the version it was rendered at, so a change saved on any instance retires the copies on all of them.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class PageVersion
{
    public required string Tag { get; init; }

    public long Version { get; set; }
}
