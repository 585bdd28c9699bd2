using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Portal.Application.Webhooks;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Where the portal may post webhooks (see <see cref="WebhookAddress"/>): checked when an endpoint is registered, and
/// again on every connection of the sender, on the very addresses it connects to, so that a host name changed to
/// point inside the network later (DNS rebinding) is refused too.
/// </summary>
public sealed class WebhookAddresses(IOptions<WebhookOptions> options) : IWebhookAddresses
{
    private static readonly TimeSpan LookupTime = TimeSpan.FromSeconds(5);

    private bool AllowPrivate => options.Value.AllowPrivateAddresses;

    public async Task<(Uri? Url, string? Problem)> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        if (WebhookAddress.ProblemWith(url, AllowPrivate, out var checkedUrl) is { } problem)
        {
            return (null, problem);
        }
        var refused = WebhookAddress.ProblemWith(await ResolveAsync(checkedUrl!.IdnHost, cancellationToken), AllowPrivate);
        return refused is null ? (checkedUrl, null) : (null, refused);
    }

    /// <summary>The sender's connections: to the host's addresses only when every one of them may be posted to.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        if (WebhookAddress.ProblemWith(addresses, AllowPrivate) is { } refused)
        {
            throw new HttpRequestException(refused);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses.ToArray(), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IReadOnlyCollection<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }
        using var lookup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lookup.CancelAfter(LookupTime);
        try
        {
            return await Dns.GetHostAddressesAsync(host, lookup.Token);
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [];
        }
    }
}
