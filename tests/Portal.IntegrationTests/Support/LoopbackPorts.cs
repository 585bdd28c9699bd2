using System.Net;
using System.Net.Sockets;

namespace Portal.IntegrationTests.Support;

public static class LoopbackPorts
{
    /// <summary>A loopback port nothing listens on now (the system's pick for a listener on port 0).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
