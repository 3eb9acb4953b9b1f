namespace CollectionGrains.Organisation;

/// <summary>An organisation node: its name, level and parent (none for a group); a building may have a location.</summary>
[GenerateSerializer, Immutable, Alias("organisation.OrgNodeInfo")]
public sealed record OrgNodeInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrgLevel Level,
    [property: Id(3)] string? ParentId,
    [property: Id(4)] BuildingLocation? Location = null);
