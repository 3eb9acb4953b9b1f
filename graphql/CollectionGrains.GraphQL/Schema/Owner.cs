using CollectionGrains.Billing;

namespace CollectionGrains.GraphQL.Schema;

/// <summary>业主: who owns (or rents) a household and how to reach them.</summary>
internal sealed record Owner(string Name, IReadOnlyList<string> Phones, CustomerType CustomerType)
{
    public static Owner Of(HouseholdProfile profile) => new(profile.OwnerName, profile.Phones, profile.CustomerType);
}
