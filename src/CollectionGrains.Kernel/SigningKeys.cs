namespace CollectionGrains.Kernel;

/// <summary>Keys that sign tokens (<see cref="SigningKeyList"/>): the first signs, any listed checks; an id has no '.' (it sits in the token between dots).</summary>
public sealed class SigningKeys
{
    private readonly IReadOnlyList<(string KeyId, byte[] Secret)> _keys;

    private SigningKeys(IReadOnlyList<(string KeyId, byte[] Secret)> keys) => _keys = keys;

    public (string KeyId, byte[] Secret) Current => _keys[0];

    public byte[]? Find(string keyId) => _keys.FirstOrDefault(k => k.KeyId == keyId).Secret;

    public static SigningKeys Parse(string text, string name)
    {
        var keys = SigningKeyList.Parse(text, name);
        return keys.All(k => k.KeyId.Length <= 32 && !k.KeyId.Contains('.'))
            ? new SigningKeys(keys)
            : throw new InvalidOperationException($"{name}: a key id is at most 32 characters, without '.'");
    }
}
