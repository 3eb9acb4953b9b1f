using System.Security.Cryptography;
using System.Text;

namespace CollectionGrains.Collection;

/// <summary>
/// Which arm of an experiment a household is in: decided by SHA-256 of the experiment's and the household's ids, so it
/// is the same on every silo, every day and after every restart, independent between experiments, and half and half.
/// </summary>
public static class ExperimentArms
{
    public static ExperimentArm Of(string experimentId, string householdId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{experimentId}\n{householdId}"), hash);
        return (hash[0] & 1) == 0 ? ExperimentArm.Champion : ExperimentArm.Challenger;
    }
}
