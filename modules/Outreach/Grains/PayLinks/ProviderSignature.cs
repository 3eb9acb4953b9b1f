using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Outreach.PayLinks;

/// <summary>
/// How the payment provider signs a notification (as WeChat Pay does, with a shared API key): HMAC-SHA256 over
/// <c>timestamp\nnonce\nbody\n</c>, base64, sent in the headers of <see cref="ProviderNotification"/> beside the timestamp (Unix seconds) and a nonce. A
/// notification older or newer than five minutes is refused, so an old one replayed later is refused whatever it says.
/// </summary>
public static class ProviderSignature
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(byte[] key, string timestamp, string nonce, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n{body}\n")));

    /// <summary>Null when the notification is signed with the key and fresh; else why not.</summary>
    public static string? Problem(byte[] key, string timestamp, string nonce, string signature, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || nonce.Length is 0 or > 64)
        {
            return "missing or malformed timestamp or nonce";
        }
        var expected = Encoding.ASCII.GetBytes(Sign(key, timestamp, nonce, body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return "signature does not match";
        }
        return Math.Abs(now.ToUnixTimeSeconds() - seconds) > Tolerance.TotalSeconds ? "timestamp outside five minutes" : null;
    }
}
