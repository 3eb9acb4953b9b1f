namespace CollectionGrains.Billing.Imports;

/// <summary>A building found by its path below the group, with the project it belongs to.</summary>
internal sealed record BuildingRef(string BuildingId, string ProjectId)
{
    /// <summary>Households are keyed by building and room, so the same row always names the same household.</summary>
    public string HouseholdId(string room) => $"{BuildingId}/{room}";
}
