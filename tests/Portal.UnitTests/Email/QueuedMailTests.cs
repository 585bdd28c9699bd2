using Portal.Domain.Email;

namespace Portal.UnitTests.Email;

public sealed class QueuedMailTests
{
    private static readonly DateTime Start = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FailedAttemptsAreRetriedAfterTenSecondsOneFiveThirtyMinutesTwoAndEightHoursThenItIsGivenUp()
    {
        var mail = new QueuedMail("buyer@helios.example", "Subject", "Body", Start);
        var now = Start;
        var waits = new List<TimeSpan>();

        while (mail.State == QueuedMailState.Pending)
        {
            now = mail.NextAttemptUtc!.Value;
            mail.Claim(now);
            mail.Failed("The server could not be reached.", permanent: false, now);
            if (mail.NextAttemptUtc is { } next)
            {
                waits.Add(next - now);
            }
        }

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(8)], waits);
        Assert.Equal((QueuedMailState.Abandoned, 7, now), (mail.State, mail.Attempts, mail.EndedUtc));
        Assert.False(mail.IsDue(now.AddDays(30)));
    }

    [Fact]
    public void APermanentFailureGivesItUpAtOnceAndASendingEndsIt()
    {
        var refused = new QueuedMail("nobody@", "Subject", "Body", Start);
        var sent = new QueuedMail("buyer@helios.example", "Subject", "Body", Start);
        refused.Claim(Start);
        sent.Claim(Start);

        Assert.False(refused.Failed("The server refused the recipient.", permanent: true, Start));
        sent.Sent(Start.AddSeconds(1));

        Assert.Equal((QueuedMailState.Abandoned, Start, null), (refused.State, refused.EndedUtc, refused.NextAttemptUtc));
        Assert.Equal((QueuedMailState.Sent, Start.AddSeconds(1), null), (sent.State, sent.EndedUtc, sent.NextAttemptUtc));
    }
}
