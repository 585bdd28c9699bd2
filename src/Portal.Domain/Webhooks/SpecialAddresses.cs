using System.Net;

namespace Portal.Domain.Webhooks;

/// <summary>
/// The address blocks that are not globally reachable, after IANA's "IPv4 Special-Purpose Address Registry" and "IPv6
/// Special-Purpose Address Registry" (the blocks whose "Globally Reachable" column says False), with multicast, the
/// limited broadcast and deprecated blocks added. Where the registry marks a smaller block inside one of these reachable
/// (a few anycast services, AS112, ORCHIDv2), it is refused all the same: none of them is a customer's web server.
/// IPv6 addresses outside 2000::/3, the only block IANA's "IPv6 Address Space" registry allocates as global unicast,
/// are refused as well. The IPv6 forms that carry an IPv4 address are judged by that address (see <see cref="EmbeddedIPv4"/>).
/// </summary>
public static class SpecialAddresses
{
    private static readonly IPNetwork[] NotReachableV4 = Blocks(
        "0.0.0.0/8",          // "this network"
        "10.0.0.0/8",         // private use
        "100.64.0.0/10",      // shared address space (carrier-grade NAT)
        "127.0.0.0/8",        // loopback
        "169.254.0.0/16",     // link local (cloud metadata services live here)
        "172.16.0.0/12",      // private use
        "192.0.0.0/24",       // IETF protocol assignments (service continuity, dummy, NAT64 discovery)
        "192.0.2.0/24",       // documentation (TEST-NET-1)
        "192.88.99.0/24",     // deprecated 6to4 relay anycast
        "192.168.0.0/16",     // private use
        "198.18.0.0/15",      // benchmarking
        "198.51.100.0/24",    // documentation (TEST-NET-2)
        "203.0.113.0/24",     // documentation (TEST-NET-3)
        "224.0.0.0/4",        // multicast
        "240.0.0.0/4");       // reserved, and the limited broadcast 255.255.255.255

    /// <summary>
    /// Outside it lie the registry's loopback, unspecified, discard-only (100::/64), local-use translation
    /// (64:ff9b:1::/48), SRv6 (5f00::/16), unique-local (fc00::/7) and link-local (fe80::/10) blocks, and multicast.
    /// </summary>
    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");

    private static readonly IPNetwork[] NotReachableV6 = Blocks(
        "2001::/23",          // IETF protocol assignments (Teredo, judged by its client's address, is taken out first)
        "2001:db8::/32",      // documentation
        "3fff::/20");         // documentation

    /// <summary>Whether the address is globally reachable: neither in a special-purpose block nor carrying an IPv4 address that is.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (EmbeddedIPv4.Of(address) is { } embedded)
        {
            return IsPublic(embedded);
        }
        var blocks = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? NotReachableV4 : NotReachableV6;
        var unicast = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork || GlobalUnicastV6.Contains(address);
        return unicast && !blocks.Any(block => block.Contains(address));
    }

    private static IPNetwork[] Blocks(params string[] cidrs) => [.. cidrs.Select(IPNetwork.Parse)];
}
