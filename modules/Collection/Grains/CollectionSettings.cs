using System.Security.Cryptography;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection;

/// <summary>
/// What the Collection module needs from its host: the keys that sign households' door codes (<c>CG_DOOR_KEYS</c>,
/// <c>keyId:base64secret[,…]</c>, the first signs; deploy/env.sh makes one per machine). Every silo of a cluster must
/// share them, or a code printed by one is a forgery to another.
/// </summary>
public sealed class CollectionSettings
{
    public required string DoorKeys { get; init; }

    internal SigningKeys DoorSigningKeys => field ??= SigningKeys.Parse(DoorKeys, "CG_DOOR_KEYS");

    public static CollectionSettings FromEnvironment() => new()
    {
        DoorKeys = Environment.GetEnvironmentVariable("CG_DOOR_KEYS") is { Length: > 0 } keys
            ? keys
            : throw new InvalidOperationException("CG_DOOR_KEYS is not set (deploy/env.sh makes one per machine)"),
    };

    /// <summary>Settings with a fresh random key (tests: one per test process, shared by its silos).</summary>
    public static CollectionSettings WithRandomKeys() => new() { DoorKeys = "d1:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
}
