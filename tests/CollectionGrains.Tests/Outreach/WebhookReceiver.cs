using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CollectionGrains.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.Tests.Outreach;

/// <summary>
/// A message gateway on loopback, as a real one behaves: checks the signature, answers a message it already took with
/// 200 without taking it again (by its idempotency key), and fails the first attempts of the messages told to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    private WebhookReceiver(WebApplication app, string url, byte[] key) => (_app, Url, Key) = (app, url, key);

    public string Url { get; }

    public byte[] Key { get; }

    /// <summary>Every POST that reached it, in order, by idempotency key.</summary>
    public ConcurrentQueue<string> Posts { get; } = new();

    /// <summary>The messages taken, once each.</summary>
    public ConcurrentDictionary<string, string> Taken { get; } = new();

    public void FailFirst(string messageId, int times) => _failuresLeft[messageId] = times;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var key = RandomNumberGenerator.GetBytes(32);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, url + "/messages", key);
        app.MapPost("/messages", (Func<HttpContext, Task<IResult>>)receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = http.Request.Headers["Idempotency-Key"].ToString();
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(body)));
        if (signature != http.Request.Headers["X-CG-Signature"].ToString())
        {
            return Results.Unauthorized();
        }
        Posts.Enqueue(id);
        if (_failuresLeft.TryGetValue(id, out var left) && left > 0)
        {
            _failuresLeft[id] = left - 1;
            return Results.StatusCode(503);
        }
        Taken.TryAdd(id, body);
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
