using System.Net;
using Portal.Domain.Webhooks;

namespace Portal.UnitTests.Webhooks;

public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.215.14")]
    [InlineData("2606:4700:4700::1111")]
    public void PublicAddressesMayBePostedTo(string address) =>
        Assert.True(WebhookAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void LoopbackPrivateAndLinkLocalAddressesAreRefused(string address)
    {
        Assert.False(WebhookAddress.IsPublic(IPAddress.Parse(address)));
        Assert.NotNull(WebhookAddress.ProblemWith([IPAddress.Parse(address)], allowPrivate: false));
        Assert.Null(WebhookAddress.ProblemWith([IPAddress.Parse(address)], allowPrivate: true));
    }

    [Fact]
    public void AHostWithOnePrivateAddressAmongPublicOnesIsRefused() =>
        Assert.NotNull(WebhookAddress.ProblemWith([IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.0.0.1")], allowPrivate: false));

    [Fact]
    public void AHostThatResolvesToNothingIsRefused() =>
        Assert.Contains("cannot be found", WebhookAddress.ProblemWith([], allowPrivate: true));

    [Theory]
    [InlineData(null, "Enter the URL")]
    [InlineData("  ", "Enter the URL")]
    [InlineData("erp.example.com/hook", "full https URL")]
    [InlineData("ftp://erp.example.com/hook", "full https URL")]
    [InlineData("http://erp.example.com/hook", "must start with https://")]
    [InlineData("https://user:secret@erp.example.com/hook", "user name")]
    public void ABadUrlIsRefusedWithAMessage(string? url, string message)
    {
        Assert.Contains(message, WebhookAddress.ProblemWith(url, allowPrivate: false, out var checkedUrl));
        Assert.Null(checkedUrl);
    }

    [Fact]
    public void AnOverlongUrlIsRefused() =>
        Assert.Contains("too long", WebhookAddress.ProblemWith("https://erp.example.com/" + new string('a', 500), false, out _));

    [Fact]
    public void PlainHttpIsAllowedOnlyWherePrivateAddressesAre()
    {
        Assert.Null(WebhookAddress.ProblemWith("http://127.0.0.1:5000/hook", allowPrivate: true, out var url));
        Assert.Equal("http://127.0.0.1:5000/hook", url!.AbsoluteUri);
        Assert.Null(WebhookAddress.ProblemWith("https://erp.example.com/hook", allowPrivate: false, out _));
    }
}
