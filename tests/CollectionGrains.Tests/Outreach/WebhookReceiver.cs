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
/// 200 without taking it again (by its idempotency key), fails the first attempts of the messages told to, and (once
/// told where) posts a signed delivery receipt back for each message it took, a little later, as carriers do.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();
    private readonly ConcurrentDictionary<string, string> _undeliverable = new();
    private readonly HttpClient _receipts = new();

    private WebhookReceiver(WebApplication app, string url, byte[] key) => (_app, Url, Key) = (app, url, key);

    public string Url { get; }

    public byte[] Key { get; }

    /// <summary>Every POST that reached it, in order, by idempotency key.</summary>
    public ConcurrentQueue<string> Posts { get; } = new();

    /// <summary>The messages taken, once each.</summary>
    public ConcurrentDictionary<string, string> Taken { get; } = new();

    /// <summary>Where delivery receipts go (the silo's <c>/messages/receipts</c>); none: no receipts.</summary>
    public Uri? ReceiptsTo { get; set; }

    public void FailFirst(string messageId, int times) => _failuresLeft[messageId] = times;

    /// <summary>The message is taken, and its receipt says it could not be delivered, for this reason.</summary>
    public void CannotDeliver(string messageId, string reason) => _undeliverable[messageId] = reason;

    /// <summary>Posts a receipt, signed with the given key (the gateway's own unless forging one); the silo's answer status.</summary>
    public async Task<int> PostReceiptAsync(string messageId, bool delivered, string? reason = null, byte[]? key = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { messageId, status = delivered ? "DELIVERED" : "FAILED", reason });
        using var request = new HttpRequestMessage(HttpMethod.Post, ReceiptsTo) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CG-Signature", Convert.ToBase64String(HMACSHA256.HashData(key ?? Key, Encoding.UTF8.GetBytes(body))));
        using var response = await _receipts.SendAsync(request);
        return (int)response.StatusCode;
    }

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
        if (Taken.TryAdd(id, body) && ReceiptsTo is not null)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(200);
                await PostReceiptAsync(id, !_undeliverable.TryGetValue(id, out var reason), reason);
            });
        }
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _receipts.Dispose();
    }
}
