namespace CollectionGrains.Kernel;

/// <summary>
/// Secrets set as <c>keyId:base64secret[,keyId:base64secret]</c> (token keys, pay-link keys): the first signs, every one
/// listed still checks, so a key is rotated by putting a new one first and dropping the old one once what it signed expired.
/// </summary>
public static class SigningKeyList
{
    public static IReadOnlyList<(string KeyId, byte[] Secret)> Parse(string text, string setting)
    {
        var keys = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pair =>
        {
            var parts = pair.Split(':', 2);
            var secret = parts.Length == 2 && parts[0].Length > 0 ? Base64(parts[1]) : null;
            return secret is { Length: >= 32 }
                ? (parts[0], secret)
                : throw new InvalidOperationException($"{setting}: each key is keyId:base64secret with a secret of at least 32 bytes");
        }).ToList();
        return keys.Count > 0 ? keys : throw new InvalidOperationException($"{setting} lists no key");
    }

    private static byte[]? Base64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
