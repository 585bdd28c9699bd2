using Portal.Domain.Common;
using Portal.Domain.Webhooks;

namespace Portal.UnitTests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly DateTime Start = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    private static WebhookDelivery NewDelivery() => new(1, "evt_1", WebhookEventTypes.QuoteIssued, "{}", Start);

    [Fact]
    public void ANewDeliveryIsDueAtOnce()
    {
        var delivery = NewDelivery();

        Assert.True(delivery.IsDue(Start));
        Assert.Equal(WebhookDeliveryState.Pending, delivery.State);
        Assert.Equal(0, delivery.Attempts);
    }

    [Fact]
    public void AClaimedAttemptIsNotDueAgainUntilItsClaimRunsOut()
    {
        var delivery = NewDelivery();

        delivery.Claim(Start);

        Assert.Equal(1, delivery.Attempts);
        Assert.False(delivery.IsDue(Start.AddMinutes(1)));
        Assert.True(delivery.IsDue(Start + WebhookDelivery.ClaimTime));
        Assert.Throws<DomainException>(() => delivery.Claim(Start.AddMinutes(1)));
    }

    [Fact]
    public void FailedAttemptsAreRetriedAfterOneFiveThirtyMinutesTwoAndTwelveHoursThenItHasFailed()
    {
        var delivery = NewDelivery();
        var now = Start;
        var waits = new List<TimeSpan>();

        while (delivery.State == WebhookDeliveryState.Pending)
        {
            now = delivery.NextAttemptUtc!.Value;
            delivery.Claim(now);
            delivery.Fail(500, "The endpoint answered 500.", now);
            if (delivery.NextAttemptUtc is { } next)
            {
                waits.Add(next - now);
            }
        }

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)], waits);
        Assert.Equal(WebhookDeliveryState.Failed, delivery.State);
        Assert.Equal(6, delivery.Attempts);
        Assert.Equal(500, delivery.LastStatus);
        Assert.False(delivery.IsDue(now.AddDays(30)));
    }

    [Fact]
    public void ASuccessfulAttemptDeliversIt()
    {
        var delivery = NewDelivery();
        delivery.Claim(Start);
        delivery.Fail(null, "No answer.", Start);
        delivery.Claim(Start.AddMinutes(1));

        delivery.Succeed(204, Start.AddMinutes(1));

        Assert.Equal(WebhookDeliveryState.Delivered, delivery.State);
        Assert.Equal(Start.AddMinutes(1), delivery.DeliveredUtc);
        Assert.Null(delivery.LastError);
        Assert.Null(delivery.NextAttemptUtc);
    }

    [Fact]
    public void AReplayQueuesItNowWithTheWholeScheduleAhead()
    {
        var delivery = NewDelivery();
        delivery.Claim(Start);
        delivery.Succeed(200, Start);

        delivery.Replay(Start.AddDays(2));

        Assert.True(delivery.IsDue(Start.AddDays(2)));
        Assert.Equal(0, delivery.Attempts);
        Assert.Null(delivery.DeliveredUtc);
        Assert.Equal("evt_1", delivery.EventId);
    }

    [Fact]
    public void ALongErrorIsCut()
    {
        var delivery = NewDelivery();
        delivery.Claim(Start);

        delivery.Fail(null, new string('x', 1000), Start);

        Assert.Equal(WebhookDelivery.ErrorMaxLength, delivery.LastError!.Length);
    }
}
