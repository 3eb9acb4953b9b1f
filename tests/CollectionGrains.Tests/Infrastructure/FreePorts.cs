using System.Net;
using System.Net.Sockets;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// Loopback ports that nothing listens on, so parallel tests never share silo ports. They are taken below Linux's
/// ephemeral range (32768–60999): a port the kernel handed out for listening there could be given to an outgoing
/// connection (to PostgreSQL, say) before the silo binds it, and the silo would then fail to start.
/// </summary>
public static class FreePorts
{
    private const int First = 20_000;
    private const int Last = 32_000;

    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(First, Last);
                if (Given.Contains(port))
                {
                    continue;
                }
                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                    Given.Add(port);
                    return port;
                }
                catch (SocketException)
                {
                    // Taken: try another.
                }
            }
            throw new InvalidOperationException($"no free port between {First} and {Last}");
        }
    }
}
