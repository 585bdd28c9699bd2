using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Portal.Application.Webhooks;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Where the portal may post webhooks (see <see cref="WebhookAddress"/>): checked when an endpoint is registered, and
/// again on every connection of the sender, on the very addresses it connects to, so that a host name changed to
/// point inside the network later (DNS rebinding) is refused too. The allowed test receivers (see
/// <see cref="WebhookOptions.AllowedTestReceivers"/>) pass by their exact URL when registered, and by their host and port
/// when connected to (a pooled connection serves one host and port; redirects are never followed).
/// </summary>
public sealed class WebhookAddresses(IOptions<WebhookOptions> options) : IWebhookAddresses
{
    private static readonly TimeSpan LookupTime = TimeSpan.FromSeconds(5);

    private bool AllowPrivate => options.Value.AllowPrivateAddresses;

    private IEnumerable<Uri> TestReceivers =>
        options.Value.AllowedTestReceivers.Select(url => Uri.TryCreate(url, UriKind.Absolute, out var receiver) ? receiver : null).OfType<Uri>();

    public async Task<(Uri? Url, string? Problem)> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        var allow = AllowPrivate || (Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var asked) && TestReceivers.Contains(asked));
        if (WebhookAddress.ProblemWith(url, allow, out var checkedUrl) is { } problem)
        {
            return (null, problem);
        }
        var refused = WebhookAddress.ProblemWith(await ResolveAsync(checkedUrl!.IdnHost, cancellationToken), allow);
        return refused is null ? (checkedUrl, null) : (null, refused);
    }

    /// <summary>The sender's connections: to the host's addresses only when every one of them may be posted to.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var allow = AllowPrivate || TestReceivers.Any(r => string.Equals(r.IdnHost, host, StringComparison.OrdinalIgnoreCase) && r.Port == port);
        var addresses = await ResolveAsync(host, cancellationToken);
        if (WebhookAddress.ProblemWith(addresses, allow) is { } refused)
        {
            throw new WebhookAddressRefused(refused, addresses.Count == 0 ? WebhookOutcome.HostNotFound : WebhookOutcome.NotPublic);
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses.ToArray(), port, cancellationToken);
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
