using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class ScreeningTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Utc);
    private static readonly ScreeningListVersion Version = ScreeningListVersionTests.Read(Now);
    private static readonly ScreeningMatch Near = new("Entity List", "e-1", "ACME TRADING CO.", "ACME TRADING CO.", 0.97);

    private static Screening Of(params ScreeningMatch[] matches) => new(7, null, "Acme Trading", Version, 0.88, matches, Now);

    [Fact]
    public void ANameNoListedPartyCameNearIsClearAndAwaitsNothing()
    {
        var screening = Of();

        Assert.Equal(ScreeningOutcome.Clear, screening.Outcome);
        Assert.False(screening.AwaitsReview);
        Assert.Throws<DomainException>(() => screening.Clear("Casey", "nothing to clear", Now));
    }

    [Fact]
    public void APossibleMatchIsReviewedOnceWithANoteAndKeepsWhoDecidedAndWhy()
    {
        var screening = Of(Near);
        var withoutNote = Assert.Throws<DomainException>(() => screening.Confirm("Casey", "  ", Now));

        screening.Clear("Casey Compliance", " Different company, different country. ", Now.AddHours(1));

        Assert.Contains("Say why", withoutNote.Message);
        Assert.Equal((ScreeningOutcome.Cleared, "Casey Compliance", "Different company, different country."),
            (screening.Outcome, screening.ReviewedBy, screening.ReviewNote));
        Assert.Equal(Now.AddHours(1), screening.ReviewedAt);
        Assert.Contains("no possible match awaiting review", Assert.Throws<DomainException>(() => screening.Confirm("Casey", "again", Now)).Message);
    }

    [Fact]
    public void AListVersionIsCitedByNumberFileAndTheStartOfItsHash() =>
        Assert.Equal("list version 0 (list.csv, SHA-256 aaaaaaaa…)", Version.Label);
}
