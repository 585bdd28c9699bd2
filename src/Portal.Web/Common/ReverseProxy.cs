using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web.Common;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the portal believes, from the
/// <see cref="Section"/> section: without them, behind a proxy every client would look like the proxy (one rate limit
/// for all) and every request like plain HTTP. Loopback is always trusted; headers from anyone else are ignored.
/// </summary>
public sealed class ReverseProxy
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    public void ApplyTo(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
