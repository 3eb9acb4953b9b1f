using CollectionGrains.Access;
using CollectionGrains.GraphQL.Access;
using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionGrains.GraphQL.Transport;

/// <summary>
/// One socket speaking <c>graphql-transport-ws</c>: connection_init → connection_ack (4408 when it does not come in time,
/// 4429 when it comes twice), subscribe → next… complete or error (4401 before the ack, 4409 for an id already
/// running), client complete stops an operation, ping → pong, and 4400 for any message the protocol does not know.
/// The token is checked again with every message from the client and before every event sent (4403 once the user is
/// disabled or their sessions revoked); a client that does not read is cut off when its queue is full (1008).
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    WebSocket socket, HttpContext http, GraphQLExecution execution, GraphQLRequestReader reader,
    IGraphQLTextSerializer serializer, AccessTokens tokens, IGrainFactory grains, ILogger logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly ConcurrentDictionary<string, IDisposable?> _operations = new();
    private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(execution.Options.MaxQueuedSocketMessages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int _initialised;
    private volatile bool _acknowledged;
    private volatile bool _closeSent;
    private UserAccount? _caller;
    private string? _token;

    public async Task RunAsync()
    {
        var initTimeout = CloseUnlessInitialisedAsync();
        var writing = WriteAsync();
        try
        {
            while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
            {
                var message = await ReceiveAsync();
                if (message is null)
                {
                    break;
                }
                if (!_closeSent)
                {
                    await HandleAsync(message.Value);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            logger.SocketEnded(e);
        }
        finally
        {
            foreach (var operation in _operations.Values)
            {
                operation?.Dispose();
            }
            _operations.Clear();
            if (socket.State == WebSocketState.CloseReceived)
            {
                _ = Enqueue(new Outgoing(default, (int)WebSocketCloseStatus.NormalClosure, "bye"));
            }
            _outgoing.Writer.TryComplete();
            await writing;
            await _closing.CancelAsync();
            await initTimeout;
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received: not JSON");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            if (_acknowledged && !await SessionHoldsAsync())
            {
                await CloseAsync(4403, "Forbidden: the session ended");
                return;
            }
            switch (type)
            {
                case "connection_init":
                    await InitialiseAsync(root);
                    break;
                case "ping":
                    await SendAsync(new { type = "pong" });
                    break;
                case "pong":
                    break;
                case "subscribe" when !_acknowledged:
                    await CloseAsync(4401, "Unauthorized");
                    break;
                case "subscribe" when !string.IsNullOrEmpty(id) && root.TryGetProperty("payload", out var payload)
                                      && reader.TryRead(payload, out var request, out _):
                    await SubscribeAsync(id, request);
                    break;
                case "complete" when !string.IsNullOrEmpty(id):
                    if (_operations.TryRemove(id, out var running))
                    {
                        running?.Dispose();
                    }
                    break;
                default:
                    await CloseAsync(4400, $"Invalid message received: {(type is null ? "no type" : $"'{type}' with missing or wrong fields")}");
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await CloseAsync(4429, "Too many initialisation requests");
            return;
        }
        if (message.TryGetProperty("payload", out var payload) && payload.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            await CloseAsync(4400, "Invalid message received: connection_init payload must be an object");
            return;
        }
        var token = payload.ValueKind == JsonValueKind.Object ? TokenOf(payload) : null;
        if (token is null || await tokens.ValidateAsync(token) is not { } valid)
        {
            await CloseAsync(4403, "Forbidden");
            return;
        }
        _caller = valid.Account;
        _token = token;
        _acknowledged = true;
        await SendAsync(new { type = "connection_ack" });
        _ = CloseAtExpiryAsync(valid.ExpiresAt);
    }

    /// <summary>The token of a connection_init payload: <c>{"Authorization": "Bearer …"}</c> (as HTTP sends it) or <c>{"token": "…"}</c>.</summary>
    private static string? TokenOf(JsonElement payload)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            if (property.NameEquals("token"))
            {
                return property.Value.GetString();
            }
            if (string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase))
            {
                return AccessTokens.BearerToken(property.Value.GetString());
            }
        }
        return null;
    }

    /// <summary>A socket lives no longer than its token: at expiry it closes with 4403, and the client signs in again.</summary>
    private async Task CloseAtExpiryAsync(DateTimeOffset expiresAt)
    {
        try
        {
            await Task.Delay(expiresAt - DateTimeOffset.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero, _closing.Token);
            await CloseAsync(4403, "Forbidden: the token expired");
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Whether the token still speaks for its user as stored (not disabled, sessions not revoked); keeps the account current.</summary>
    private async Task<bool> SessionHoldsAsync()
    {
        if (_token is null || await tokens.ValidateAsync(_token) is not { } valid)
        {
            return false;
        }
        _caller = valid.Account;
        return true;
    }

    private async Task SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!_operations.TryAdd(id, null))
        {
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }
        _ = Task.Run(() => RunOperationAsync(id, request));
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request)
    {
        try
        {
            var result = await execution.ExecuteAsync(request, http, new CallerScope(_caller!, grains), _closing.Token);
            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = streams.Values.First().Subscribe(new OperationObserver(this, id));
                if (!_operations.TryUpdate(id, subscription, null))
                {
                    subscription.Dispose(); // the client completed it meanwhile
                }
                return;
            }
            // A subscription whose stream could not start (unknown node, outside the scope, not allowed) ends in error.
            if (!result.Executed || (result.Data is null && GraphQLExecution.OperationTypeOf(request) == GraphQLParser.AST.OperationType.Subscription))
            {
                _operations.TryRemove(id, out _);
                await SendAsync(id, "error", ErrorsOf(result));
                return;
            }
            await SendAsync(id, "next", serializer.Serialize(result));
            if (_operations.TryRemove(id, out _))
            {
                await SendAsync(new { id, type = "complete" });
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.SocketOperationEnded(e, id);
        }
    }

    private string Serialize(ExecutionResult result) => serializer.Serialize(result);

    private string ErrorsOf(ExecutionResult result)
    {
        using var serialized = JsonDocument.Parse(serializer.Serialize(result));
        return serialized.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    /// <summary>Passes a subscription's events on as <c>next</c> messages, then <c>complete</c>.</summary>
    private sealed class OperationObserver(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.SendAsync(id, "next", session.Serialize(value));

        public void OnError(Exception error)
        {
            if (session._operations.TryRemove(id, out _))
            {
                session.SendAsync(id, "error", session.ErrorsOf(new ExecutionResult(new ExecutionError("the subscription stopped", error))));
            }
        }

        public void OnCompleted()
        {
            if (session._operations.TryRemove(id, out _))
            {
                session.SendAsync(new { id, type = "complete" });
            }
        }
    }

    /// <summary>The next whole text message, or null when the client closed; a message over the limit closes with 4400.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.GetMemory(8192), _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > execution.Options.MaxSocketMessageBytes)
            {
                await CloseAsync(4400, "Invalid message received: too large");
                return null;
            }
        }
        while (!received.EndOfMessage);
        if (received.MessageType != WebSocketMessageType.Text)
        {
            await CloseAsync(4400, "Invalid message received: not text");
            return null;
        }
        return buffer.WrittenMemory;
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(execution.Options.ConnectionInitTimeout, _closing.Token);
            if (Volatile.Read(ref _initialised) == 0)
            {
                await CloseAsync(4408, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
