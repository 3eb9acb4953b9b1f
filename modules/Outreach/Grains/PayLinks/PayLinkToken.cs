using System.Globalization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Outreach.PayLinks;

/// <summary>
/// The signed part of a pay link (<see cref="SignedFields"/>): which household, until when, and which generation of
/// its links (revoking a household's links raises the generation, so every earlier token stops working).
/// </summary>
internal sealed record PayLinkToken(string HouseholdId, DateTimeOffset ExpiresAt, int Generation)
{
    public string Sign(SigningKeys keys) => SignedFields.Sign(keys, HouseholdId,
        ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>The token's content when its signature is good under one of the keys, else null (expiry is the caller's check).</summary>
    public static PayLinkToken? Read(string token, SigningKeys keys) =>
        SignedFields.Read(token, keys, 3) is { } fields
        && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
        && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            ? new PayLinkToken(fields[0], DateTimeOffset.FromUnixTimeSeconds(expires), generation)
            : null;
}
