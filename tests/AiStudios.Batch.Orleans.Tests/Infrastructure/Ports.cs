using System.Net;
using System.Net.Sockets;

namespace AiStudios.Batch.Orleans.Tests.Infrastructure;

internal static class Ports
{
    /// <summary>A loopback port free now (bound and released).</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
