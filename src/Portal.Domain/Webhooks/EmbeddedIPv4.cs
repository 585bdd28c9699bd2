using System.Net;
using System.Net.Sockets;

namespace Portal.Domain.Webhooks;

/// <summary>
/// The IPv4 address an IPv6 address stands for, where its form carries one: a connection to it ends at that IPv4
/// address (through the host's own stack, a NAT64 gateway, a 6to4 relay or a Teredo relay), so that is the one to judge.
/// </summary>
public static class EmbeddedIPv4
{
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork Translated = IPNetwork.Parse("::ffff:0:0:0/96");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Teredo = IPNetwork.Parse("2001::/32");

    /// <summary>
    /// The IPv4 address in an IPv4-mapped (::ffff:a.b.c.d), SIIT-translated (::ffff:0:a.b.c.d), IPv4-compatible
    /// (::a.b.c.d, deprecated), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) or Teredo address (the client's,
    /// stored inverted in the last 32 bits); null for any other address.
    /// </summary>
    public static IPAddress? Of(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }
        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6 || Translated.Contains(address) || Compatible.Contains(address) || Nat64.Contains(address))
        {
            return new IPAddress(bytes[12..]);
        }
        if (SixToFour.Contains(address))
        {
            return new IPAddress(bytes[2..6]);
        }
        return Teredo.Contains(address) ? new IPAddress(bytes[12..].Select(b => (byte)~b).ToArray()) : null;
    }
}
