using System.Globalization;
using CollectionGrains.Kernel;

namespace CollectionGrains.Collection.Visits;

/// <summary>
/// 门牌二维码: the signed code on a household's door (<see cref="SignedFields"/> under the door keys): which household and
/// which generation of its codes. Revoking a household's code raises the generation: the old label proves nothing.
/// </summary>
internal sealed record DoorToken(string HouseholdId, int Generation)
{
    private const string Kind = "door";

    public string Sign(SigningKeys keys) => SignedFields.Sign(keys, Kind, HouseholdId, Generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>The code's content when it is a door code signed by one of the keys, else null (a forgery).</summary>
    public static DoorToken? Read(string token, SigningKeys keys) =>
        SignedFields.Read(token, keys, 3) is [Kind, var householdId, var generation]
        && int.TryParse(generation, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new DoorToken(householdId, number)
            : null;
}
