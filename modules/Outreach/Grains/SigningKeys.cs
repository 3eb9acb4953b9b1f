namespace CollectionGrains.Outreach;

/// <summary>
/// Secrets listed as <c>keyId:base64secret[,…]</c>: the first signs, every one listed still checks, so a key is rotated by
/// putting a new one first and dropping the old one once what it signed has expired.
/// </summary>
internal sealed class SigningKeys
{
    private readonly IReadOnlyList<(string KeyId, byte[] Secret)> _keys;

    private SigningKeys(IReadOnlyList<(string KeyId, byte[] Secret)> keys) => _keys = keys;

    public (string KeyId, byte[] Secret) Current => _keys[0];

    public byte[]? Find(string keyId) => _keys.FirstOrDefault(k => k.KeyId == keyId).Secret;

    public static SigningKeys Parse(string text, string name)
    {
        var keys = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pair =>
        {
            var parts = pair.Split(':', 2);
            var secret = parts.Length == 2 && parts[0].Length is > 0 and <= 32 && !parts[0].Contains('.') ? TryBase64(parts[1]) : null;
            return secret is { Length: >= 32 }
                ? (parts[0], secret)
                : throw new InvalidOperationException($"{name}: each key is keyId:base64secret with a secret of at least 32 bytes and a short id without '.'");
        }).ToList();
        return keys.Count > 0 ? new SigningKeys(keys) : throw new InvalidOperationException($"{name} lists no key");
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
