using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// The socket's sending side: every message goes through one bounded queue and one writer, in order; an event is sent
/// only while the session holds; a client that stops reading is cut off when the queue is full.
/// </summary>
internal sealed partial class GraphQLWebSocketSession
{
    private Task SendAsync(string id, string type, string payloadJson)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(payloadJson, skipInputValidation: true);
            writer.WriteEndObject();
        }
        return Enqueue(new Outgoing(buffer.WrittenMemory, null, null, IsEvent: type == "next"));
    }

    private Task SendAsync(object message) => Enqueue(new Outgoing(JsonSerializer.SerializeToUtf8Bytes(message), null, null));

    /// <summary>Queues the close (the first one only); when even the close finds the queue full, the client is cut off.</summary>
    private Task CloseAsync(int code, string reason)
    {
        if (_closeSent)
        {
            return Task.CompletedTask;
        }
        _closeSent = true;
        var queued = _outgoing.Writer.TryWrite(new Outgoing(default, code, reason));
        _outgoing.Writer.TryComplete();
        if (!queued)
        {
            _ = CloseStalledAsync();
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Queues a message; one writer sends them in order, so pushes reach the client in the order they happened. A full
    /// queue means the client stopped reading: the socket is cut off (1008 when the close can still be sent).
    /// </summary>
    private Task Enqueue(Outgoing message)
    {
        if (!_outgoing.Writer.TryWrite(message) && !_closeSent && message.CloseCode is null)
        {
            logger.SocketNotReading(http.Connection.RemoteIpAddress, execution.Options.MaxQueuedSocketMessages);
            _closeSent = true;
            _outgoing.Writer.TryComplete();
            _ = CloseStalledAsync();
        }
        return Task.CompletedTask;
    }

    /// <summary>Gives a stalled client a moment to take a 1008 close, then aborts the socket.</summary>
    private async Task CloseStalledAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "the client does not read its messages", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            logger.StalledSocketCloseFailed(e);
        }
        socket.Abort();
        await _closing.CancelAsync();
    }

    private async Task WriteAsync()
    {
        await foreach (var message in _outgoing.Reader.ReadAllAsync())
        {
            try
            {
                if (message.CloseCode is { } code)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, message.CloseReason, timeout.Token);
                    }
                    // The reading loop ends when the client answers the close; a client that does not is cut off.
                    _closing.CancelAfter(TimeSpan.FromSeconds(5));
                    return;
                }
                if (message.IsEvent && !await SessionHoldsAsync())
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)4403, "Forbidden: the session ended", _closing.Token);
                    _closing.CancelAfter(TimeSpan.FromSeconds(5));
                    return;
                }
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(message.Bytes, WebSocketMessageType.Text, true, _closing.Token);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                logger.SocketSendFailed(e);
                await _closing.CancelAsync();
                return;
            }
        }
    }

    private readonly record struct Outgoing(ReadOnlyMemory<byte> Bytes, int? CloseCode, string? CloseReason, bool IsEvent = false);
}
