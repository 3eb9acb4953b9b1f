using System.Collections.Concurrent;
using System.Net;

namespace CollectionGrains.Benchmarks;

/// <summary>
/// A message gateway on loopback (HttpListener): takes every POST, once per Idempotency-Key, and answers 200 — after
/// <see cref="Hold"/>, so that a fault can land while messages are in flight (taken here, not yet answered).
/// </summary>
internal sealed class LoopbackGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackGateway(int port, TimeSpan hold = default)
    {
        Url = $"http://127.0.0.1:{port}/messages/";
        Hold = hold;
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    public TimeSpan Hold { get; }

    public ConcurrentDictionary<string, bool> Taken { get; } = new();

    /// <summary>How many times each message was posted (more than once: sent again, under its key, after a fault).</summary>
    public ConcurrentDictionary<string, int> Posts { get; } = new();

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(context.Request.InputStream);
                await reader.ReadToEndAsync();
                var key = context.Request.Headers["Idempotency-Key"] ?? "";
                Taken.TryAdd(key, true);
                Posts.AddOrUpdate(key, 1, (_, n) => n + 1);
                await Task.Delay(Hold);
                try
                {
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // The sender is gone (killed while waiting for this answer).
                }
            });
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
