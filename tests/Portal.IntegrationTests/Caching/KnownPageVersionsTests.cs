using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Infrastructure.Caching;

namespace Portal.IntegrationTests.Caching;

public sealed class KnownPageVersionsTests
{
    [Fact]
    public void NothingIsKnownUntilEveryChangeIsHeardAndAgainOnceChangesMayGoUnheard()
    {
        var known = new KnownPageVersions();
        known.Raise(PageTags.Catalog, 4);
        var before = known.TryGet(PageTags.Catalog, out _);

        known.HearFrom([new PageVersion { Tag = PageTags.Catalog, Version = 3 }, new PageVersion { Tag = PageTags.Waitlist, Version = 9 }]);
        var hearing = (known.TryGet(PageTags.Catalog, out var catalog), known.TryGet(PageTags.Waitlist, out var waitlist),
            known.TryGet(PageTags.ReviewQueue, out var untouched));
        known.Deafen();

        Assert.False(before);
        Assert.Equal((true, true, true), hearing);
        Assert.Equal((4, 9, 0), (catalog, waitlist, untouched));
        Assert.False(known.TryGet(PageTags.Catalog, out _));
    }

    [Fact]
    public void AVersionThatArrivesLateDoesNotTakeAKnownOneBack()
    {
        var known = new KnownPageVersions();
        known.HearFrom([]);

        known.Raise(PageTags.ReviewQueue, 7);
        known.Raise(PageTags.ReviewQueue, 6);

        Assert.True(known.TryGet(PageTags.ReviewQueue, out var version));
        Assert.Equal(7, version);
    }

    [Fact]
    public async Task AVersionKnownInMemoryIsAnsweredWithoutTakingADatabaseContext()
    {
        var known = new KnownPageVersions();
        known.HearFrom([new PageVersion { Tag = PageTags.Catalog, Version = 5 }]);
        // No database context can be had here: asking for one would throw.
        await using var nothing = new ServiceCollection().BuildServiceProvider();
        var versions = new PageVersions(known, nothing);

        Assert.Equal(5, await versions.VersionAsync(PageTags.Catalog, CancellationToken.None));
        Assert.Equal(0, await versions.VersionAsync(PageTags.Waitlist, CancellationToken.None));
        known.Deafen();
        await Assert.ThrowsAsync<InvalidOperationException>(() => versions.VersionAsync(PageTags.Catalog, CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData("catalog 12", "catalog", 12)]
    [InlineData("organization:42 3", "organization:42", 3)]
    public void ANoticeNamesTheTagAndItsVersion(string notice, string tag, long version)
    {
        Assert.True(CachedPages.TryReadNotice(notice, out var read));
        Assert.Equal((tag, version), (read.Tag, read.Version));
    }

    [Theory]
    [InlineData("")]
    [InlineData("catalog")]
    [InlineData(" 12")]
    [InlineData("catalog -1")]
    [InlineData("catalog twelve")]
    [InlineData("catalog 99999999999999999999")]
    public void ANoticeThatIsNotOneIsIgnored(string notice) => Assert.False(CachedPages.TryReadNotice(notice, out _));
}
