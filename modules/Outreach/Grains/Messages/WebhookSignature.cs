using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Outreach.Messages;

/// <summary>
/// The webhook's signature both ways (<c>X-CG-Signature</c>): base64 of HMAC-SHA256 over the body with
/// <c>CG_MESSAGE_WEBHOOK_KEY</c> — on the messages we post, and checked on the delivery receipts the gateway posts back.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = MessageReceipt.SignatureHeader;

    public static string Sign(byte[] key, string body) => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));

    public static bool IsValid(byte[] key, string body, string signature)
    {
        if (key.Length == 0)
        {
            return false;   // no key configured: no receipt can be trusted
        }
        var expected = Encoding.ASCII.GetBytes(Sign(key, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
