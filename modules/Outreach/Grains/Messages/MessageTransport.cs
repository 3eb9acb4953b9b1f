using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// Hands a message to the outside world. Without <c>CG_MESSAGE_WEBHOOK_URL</c> (development) nothing leaves: the outbox
/// row, readable through the API, is the record of what would have been sent. With it, a POST of the message as JSON
/// with <c>Idempotency-Key</c> (the message id: a message sent again after a crash is the same message to the receiver)
/// and <c>X-CG-Signature</c> (HMAC-SHA256 of the body with <c>CG_MESSAGE_WEBHOOK_KEY</c>, base64); any 2xx is sent. A
/// message to staff carries its files as <c>attachments</c> (name, contentType, content in base64).
/// </summary>
internal sealed class MessageTransport(OutreachSettings settings) : IDisposable
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Null when sent; else why not (the sender retries).</summary>
    public async Task<string?> SendAsync(OutboxMessage message, IReadOnlyList<(string FileName, string ContentType, byte[] Content)> files)
    {
        if (settings.MessageWebhookUrl is not { } url)
        {
            return null;
        }
        var body = JsonSerializer.Serialize(new
        {
            messageId = message.MessageId, channel = message.Channel.ToString(), recipient = message.Recipient, text = message.Body,
            attachments = files.Select(f => new { name = f.FileName, contentType = f.ContentType, content = Convert.ToBase64String(f.Content) }),
        }, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyHeader, message.MessageId);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(settings.MessageWebhookKey, body));
        try
        {
            using var response = await _http.SendAsync(request);
            return response.IsSuccessStatusCode ? null : $"the webhook answered {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"the webhook did not answer: {e.Message}";
        }
    }

    public void Dispose() => _http.Dispose();
}
