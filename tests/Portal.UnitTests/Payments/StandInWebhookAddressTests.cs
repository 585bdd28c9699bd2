using Portal.Web.Payments;

namespace Portal.UnitTests.Payments;

/// <summary>The Stripe stand-in of a development run sends its webhooks wherever the portal's server listens.</summary>
public sealed class StandInWebhookAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5237", "http://127.0.0.1:5237/payments/webhook")]
    [InlineData("http://localhost:5080", "http://localhost:5080/payments/webhook")]
    [InlineData("http://[::]:6000", "http://127.0.0.1:6000/payments/webhook")]
    [InlineData("http://0.0.0.0:6001", "http://127.0.0.1:6001/payments/webhook")]
    [InlineData("http://+:6002", "http://127.0.0.1:6002/payments/webhook")]
    public void TheWebhookGoesToThePortalsOwnAddress(string listening, string webhook) =>
        Assert.Equal(webhook, StandInRunner.WebhookAddressOf([listening]));

    [Fact]
    public void PlainHttpIsPreferredOnThisMachine() =>
        Assert.Equal("http://127.0.0.1:5091/payments/webhook", StandInRunner.WebhookAddressOf(["https://127.0.0.1:5443", "http://127.0.0.1:5091"]));

    [Fact]
    public void AServerOnNoAddressGetsNoWebhooks() =>
        Assert.Null(StandInRunner.WebhookAddressOf([]));
}
