using Microsoft.AspNetCore.HostFiltering;
using Portal.Web.Accounts;

namespace Portal.Web.Common;

/// <summary>
/// Which Host headers the portal answers (any other gets a 400). In Production, unless <see cref="Setting"/> names
/// them, the public address's host and the loopback names (a health check or a proxy on the same machine); elsewhere
/// any host, unless the setting says otherwise.
/// </summary>
public static class AllowedHosts
{
    public const string Setting = "AllowedHosts";

    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static void Apply(HostFilteringOptions options, IConfiguration configuration, IHostEnvironment environment, PublicAddress address)
    {
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[Setting]) && address.Url is { } url)
        {
            options.AllowedHosts = [url.HostNameType == UriHostNameType.IPv6 ? url.Host : url.IdnHost, .. Loopback];
        }
    }
}
