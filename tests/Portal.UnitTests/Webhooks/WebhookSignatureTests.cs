using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Webhooks;

namespace Portal.UnitTests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const string Body = """{"id":"evt_1","type":"quote.issued"}""";
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void TheHeaderIsTheTimestampAndTheHexHmacOfTimestampDotBody()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"1800000000.{Body}")));

        Assert.Equal($"t=1800000000,v1={expected}", WebhookSignature.Sign(Secret, At, Body));
    }

    [Fact]
    public void ItVerifiesWithTheSecretOnly()
    {
        var header = WebhookSignature.Sign(Secret, At, Body);

        Assert.True(WebhookSignature.Verify(header, Secret, Body, At.AddMinutes(4), Tolerance));
        Assert.False(WebhookSignature.Verify(header, "whsec_other", Body, At, Tolerance));
        Assert.False(WebhookSignature.Verify(header, Secret, Body + " ", At, Tolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=abc,v1=abc")]
    [InlineData("t=1800000000")]
    public void AMalformedHeaderDoesNotVerify(string? header) =>
        Assert.False(WebhookSignature.Verify(header, Secret, Body, At, Tolerance));

    [Fact]
    public void AnOldSignatureDoesNotVerify() =>
        Assert.False(WebhookSignature.Verify(WebhookSignature.Sign(Secret, At, Body), Secret, Body, At.AddMinutes(6), Tolerance));
}
