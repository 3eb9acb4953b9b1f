using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Kernel;

/// <summary>
/// A few text fields signed into a token: <c>{payload}.{keyId}.{mac}</c>, the payload the fields joined by newlines,
/// base64url, the MAC HMAC-SHA256 under the first of the keys (any listed key still checks). Pay links and door codes
/// are such tokens.
/// </summary>
public static class SignedFields
{
    private const int MaxLength = 600;

    public static string Sign(SigningKeys keys, params string[] fields)
    {
        var (keyId, secret) = keys.Current;
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', fields)));
        return $"{payload}.{keyId}.{Mac(secret, payload)}";
    }

    /// <summary>The fields when the signature is good under one of the keys and their count is right, else null.</summary>
    public static string[]? Read(string token, SigningKeys keys, int count)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > MaxLength || keys.Find(parts[1]) is not { } secret
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(secret, parts[0])), Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }
        try
        {
            var fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])).Split('\n');
            return fields.Length == count ? fields : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Mac(byte[] secret, string payload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(payload)));
}
