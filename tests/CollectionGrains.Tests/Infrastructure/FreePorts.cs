using System.Net;
using System.Net.Sockets;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>Loopback ports that nothing listens on, so parallel tests never share silo ports.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
