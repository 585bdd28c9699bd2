using System.Net;
using Portal.Domain.Webhooks;

namespace Portal.UnitTests.Webhooks;

/// <summary>
/// Addresses are judged by IANA's special-purpose registries, and an IPv6 form that carries an IPv4 address by that
/// address; a public address just outside a refused block is allowed.
/// </summary>
public sealed class SpecialAddressesTests
{
    [Theory]
    [InlineData("64:ff9b::a9fe:a9fe")]     // NAT64 to 169.254.169.254
    [InlineData("64:ff9b::7f00:1")]        // NAT64 to 127.0.0.1
    [InlineData("64:ff9b:1::a00:1")]       // local-use NAT64 (to 10.0.0.1)
    [InlineData("2002:7f00:1::")]          // 6to4 of 127.0.0.1
    [InlineData("2002:a9fe:a9fe::")]       // 6to4 of 169.254.169.254
    [InlineData("::127.0.0.1")]            // IPv4-compatible
    [InlineData("::7f00:1")]               // IPv4-compatible, written in hex
    [InlineData("::ffff:0:127.0.0.1")]     // SIIT
    [InlineData("198.18.0.1")]             // benchmarking
    public void TheFormsTheGuardMissedAreRefused(string address)
    {
        Assert.False(WebhookAddress.IsPublic(IPAddress.Parse(address)));
        Assert.NotNull(WebhookAddress.ProblemWith([IPAddress.Parse(address)], allowPrivate: false));
    }

    [Theory]
    [InlineData("0.255.255.255")]
    [InlineData("10.255.255.255")]
    [InlineData("100.64.0.0")]
    [InlineData("100.127.255.255")]
    [InlineData("127.255.255.255")]
    [InlineData("169.254.0.0")]
    [InlineData("172.31.255.255")]
    [InlineData("192.0.0.0")]
    [InlineData("192.0.0.255")]
    [InlineData("192.0.2.0")]
    [InlineData("192.88.99.1")]
    [InlineData("192.168.255.255")]
    [InlineData("198.19.255.255")]
    [InlineData("198.51.100.255")]
    [InlineData("203.0.113.0")]
    [InlineData("224.0.0.0")]
    [InlineData("239.255.255.255")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("100::1")]
    [InlineData("2001::1")]                // Teredo with client 255.255.255.254 (inverted)
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")] // Teredo, client 127.0.0.1
    [InlineData("2001:2::1")]
    [InlineData("2001:1ff:ffff::1")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("3fff::1")]
    [InlineData("3fff:fff:ffff::1")]
    [InlineData("5f00::1")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:0:10.0.0.1")]
    [InlineData("64:ff9b::c0a8:1")]        // NAT64 to 192.168.0.1
    [InlineData("64:ff9b:1::808:808")]     // local-use NAT64 is not globally reachable, whatever it carries
    [InlineData("2002:c612:1::")]          // 6to4 of 198.18.0.1
    public void EveryBlockThatIsNotGloballyReachableIsRefusedToItsEdges(string address) =>
        Assert.False(WebhookAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("1.0.0.0")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("191.255.255.255")]
    [InlineData("192.0.1.0")]
    [InlineData("192.0.3.0")]
    [InlineData("192.88.98.255")]
    [InlineData("192.88.100.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("198.51.99.255")]
    [InlineData("198.51.101.0")]
    [InlineData("203.0.112.255")]
    [InlineData("203.0.114.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2000::1")]
    [InlineData("2001:200::1")]
    [InlineData("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db9::1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("3ffe:ffff::1")]
    [InlineData("3fff:1000::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("::ffff:0:8.8.8.8")]
    [InlineData("::8.8.8.8")]
    [InlineData("64:ff9b::808:808")]       // NAT64 to 8.8.8.8
    [InlineData("2002:808:808::1")]        // 6to4 of 8.8.8.8
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")] // Teredo, client 8.8.8.8
    public void APublicAddressJustOutsideABlockIsAllowed(string address) =>
        Assert.True(WebhookAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:7f00:1", "127.0.0.1")]
    [InlineData("::ffff:0:a9fe:a9fe", "169.254.169.254")]
    [InlineData("::a00:1", "10.0.0.1")]
    [InlineData("64:ff9b::c000:221", "192.0.2.33")]
    [InlineData("2002:c000:221:1::5", "192.0.2.33")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "192.0.2.45")]
    public void TheIPv4AddressAnIPv6FormCarriesIsFound(string address, string carried) =>
        Assert.Equal(IPAddress.Parse(carried), EmbeddedIPv4.Of(IPAddress.Parse(address)));

    [Theory]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("64:ff9b:1::808:808")]
    [InlineData("8.8.8.8")]
    public void OtherAddressesCarryNone(string address) =>
        Assert.Null(EmbeddedIPv4.Of(IPAddress.Parse(address)));
}
