namespace CollectionGrains.GraphQL.Access;

/// <summary>
/// The keys that sign and check access tokens, and how long a token lives. <c>CG_JWT_KEYS</c> lists
/// <c>keyId:base64secret</c> pairs separated by commas: the first signs new tokens, every one listed still checks them,
/// so a key is rotated by putting a new one first and dropping the old one once its tokens expired.
/// <c>CG_TOKEN_MINUTES</c> sets the lifetime (default 480: a working day).
/// </summary>
public sealed class TokenSettings
{
    public IReadOnlyList<(string KeyId, byte[] Secret)> Keys { get; set; } = [];

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);

    public static TokenSettings FromEnvironment()
    {
        var keys = Environment.GetEnvironmentVariable("CG_JWT_KEYS");
        if (string.IsNullOrWhiteSpace(keys))
        {
            throw new InvalidOperationException("CG_JWT_KEYS is not set: give the token signing keys as keyId:base64secret[,keyId:base64secret] (deploy/env.sh makes one)");
        }
        var minutes = Environment.GetEnvironmentVariable("CG_TOKEN_MINUTES");
        return new TokenSettings
        {
            Keys = ParseKeys(keys),
            Lifetime = TimeSpan.FromMinutes(string.IsNullOrEmpty(minutes) ? 480 : int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    public static IReadOnlyList<(string KeyId, byte[] Secret)> ParseKeys(string text) => Kernel.SigningKeyList.Parse(text, "CG_JWT_KEYS");
}
