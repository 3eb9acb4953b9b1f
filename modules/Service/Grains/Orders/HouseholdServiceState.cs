namespace CollectionGrains.Service.Orders;

/// <summary>What a household's service grain stores: its orders (oldest first) and a version counting its changes.</summary>
internal sealed class HouseholdServiceState
{
    public List<ServiceOrder> Orders { get; init; } = [];

    public long Version { get; set; }
}
