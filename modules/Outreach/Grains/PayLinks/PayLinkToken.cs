using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Outreach.PayLinks;

/// <summary>
/// The signed part of a pay link: which household, until when, and which generation of its links (revoking a
/// household's links raises the generation, so every earlier token stops working). Written
/// <c>{payload}.{keyId}.{mac}</c>, base64url, HMAC-SHA256 under the first of the link keys; any listed key still checks.
/// </summary>
internal sealed record PayLinkToken(string HouseholdId, DateTimeOffset ExpiresAt, int Generation)
{
    public string Sign(SigningKeys keys)
    {
        var (keyId, secret) = keys.Current;
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{HouseholdId}\n{ExpiresAt.ToUnixTimeSeconds()}\n{Generation}")));
        return $"{payload}.{keyId}.{Mac(secret, payload)}";
    }

    /// <summary>The token's content when its signature is good under one of the keys, else null (expiry is the caller's check).</summary>
    public static PayLinkToken? Read(string token, SigningKeys keys)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 600 || keys.Find(parts[1]) is not { } secret
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(secret, parts[0])), Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }
        try
        {
            var fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])).Split('\n');
            return fields.Length == 3
                && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
                ? new PayLinkToken(fields[0], DateTimeOffset.FromUnixTimeSeconds(expires), generation)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Mac(byte[] secret, string payload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(payload)));
}
