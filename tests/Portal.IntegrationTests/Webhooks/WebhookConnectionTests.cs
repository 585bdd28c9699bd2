using System.Net;
using Microsoft.Extensions.Options;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Webhooks;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// The sender's connections are checked on the addresses they go to, whatever was checked when the endpoint was added
/// (a host re-pointed inside the network later): with private addresses not allowed, a loopback receiver is never reached.
/// </summary>
public sealed class WebhookConnectionTests
{
    private static HttpClient SenderClient(bool allowPrivate)
    {
        var addresses = new WebhookAddresses(Options.Create(new WebhookOptions { AllowPrivateAddresses = allowPrivate }));
        return new HttpClient(new SocketsHttpHandler { ConnectCallback = addresses.ConnectAsync, UseProxy = false, AllowAutoRedirect = false });
    }

    [Fact]
    public async Task ALoopbackReceiverIsRefusedAtConnectionUnlessPrivateAddressesAreAllowed()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        using var strict = SenderClient(allowPrivate: false);
        using var local = SenderClient(allowPrivate: true);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => strict.PostAsync(receiver.Url, new StringContent("{}")));
        var localhost = await Assert.ThrowsAsync<HttpRequestException>(() => strict.PostAsync(receiver.Url.Replace("127.0.0.1", "localhost"), new StringContent("{}")));
        var allowed = await local.PostAsync(receiver.Url, new StringContent("{}"));

        Assert.Contains("private, loopback or link-local", refused.Message);
        Assert.Contains("private, loopback or link-local", localhost.Message);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("{}", (await receiver.NextAsync()).Body);
        Assert.False(receiver.HasMore);
    }

    [Fact]
    public async Task AnEndpointOnAPrivateAddressIsRefusedWhenAdded()
    {
        var addresses = new WebhookAddresses(Options.Create(new WebhookOptions()));

        var (loopback, loopbackProblem) = await addresses.CheckAsync("https://127.0.0.1/events", CancellationToken.None);
        var (metadata, metadataProblem) = await addresses.CheckAsync("https://169.254.169.254/latest", CancellationToken.None);
        var (named, namedProblem) = await addresses.CheckAsync("https://localhost:8443/events", CancellationToken.None);

        Assert.Equal((null, null, null), (loopback, metadata, named));
        Assert.All([loopbackProblem, metadataProblem, namedProblem], problem => Assert.Contains("public addresses", problem));
    }

    [Theory]
    [InlineData("[64:ff9b::a9fe:a9fe]")]
    [InlineData("[64:ff9b::7f00:1]")]
    [InlineData("[64:ff9b:1::a00:1]")]
    [InlineData("[2002:7f00:1::]")]
    [InlineData("[2002:a9fe:a9fe::]")]
    [InlineData("[::127.0.0.1]")]
    [InlineData("[::7f00:1]")]
    [InlineData("[::ffff:0:127.0.0.1]")]
    [InlineData("198.18.0.1")]
    public async Task AnAddressThatCarriesAPrivateOneIsRefusedAtConnectionBeforeAnyPacketIsSent(string host)
    {
        using var strict = SenderClient(allowPrivate: false);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => strict.PostAsync($"http://{host}:8080/events", new StringContent("{}")));

        var refused = Assert.IsType<WebhookAddressRefused>(failure.InnerException);
        Assert.Equal(WebhookOutcome.NotPublic, refused.Outcome);
    }

    [Fact]
    public async Task AHostThatCannotBeFoundIsRefusedAsSuch()
    {
        using var strict = SenderClient(allowPrivate: false);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => strict.PostAsync("https://nowhere.invalid/events", new StringContent("{}")));

        Assert.Equal(WebhookOutcome.HostNotFound, Assert.IsType<WebhookAddressRefused>(failure.InnerException).Outcome);
    }
}
