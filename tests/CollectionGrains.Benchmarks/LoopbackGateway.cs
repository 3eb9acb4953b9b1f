using System.Collections.Concurrent;
using System.Net;

namespace CollectionGrains.Benchmarks;

/// <summary>A message gateway on loopback (HttpListener): takes every POST, once per Idempotency-Key, and answers 200.</summary>
internal sealed class LoopbackGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackGateway(int port)
    {
        Url = $"http://127.0.0.1:{port}/messages/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    public ConcurrentDictionary<string, bool> Taken { get; } = new();

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
                Taken.TryAdd(context.Request.Headers["Idempotency-Key"] ?? "", true);
                context.Response.StatusCode = 200;
                context.Response.Close();
            });
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
