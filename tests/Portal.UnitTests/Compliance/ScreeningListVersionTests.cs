using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class ScreeningListVersionTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>A staged version of 40 parties, read whole at the time given.</summary>
    public static ScreeningListVersion Read(DateTime loadedAt)
    {
        var version = new ScreeningListVersion("list.csv", "admin", loadedAt);
        version.Read(new string('a', 64), 40, 0);
        return version;
    }

    [Fact]
    public void ALoadedListIsStagedUntilConfirmed()
    {
        var version = Read(Now);
        var staged = version.Staged;

        version.Confirm(Now.AddHours(1));

        Assert.True(staged);
        Assert.False(version.Staged);
    }

    [Fact]
    public void AListIsConfirmedOnceAndNotAfterItsDayHasPassed()
    {
        var confirmed = Read(Now);
        confirmed.Confirm(Now);
        var lapsed = Read(Now);

        Assert.Throws<DomainException>(() => confirmed.Confirm(Now));
        Assert.False(lapsed.HasLapsedAt(Now + ScreeningListVersion.StagedFor));
        Assert.True(lapsed.HasLapsedAt(Now + ScreeningListVersion.StagedFor + TimeSpan.FromSeconds(1)));
        Assert.Contains("no longer waiting for confirmation", Assert.Throws<DomainException>(() => lapsed.Confirm(Now.AddDays(2))).Message);
    }
}
