namespace CollectionGrains.Collection;

/// <summary>What a project's collection desk stores: its policy, its roster, who holds each building, its group.</summary>
internal sealed class CollectionProjectState
{
    public CollectionPolicy Policy { get; set; } = CollectionPolicy.Standard;

    public Dictionary<string, CollectorProfile> Roster { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> BuildingCollectors { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The group above the project (its scripts are the group's).</summary>
    public string? GroupId { get; set; }

    public bool DailyRefreshRegistered { get; set; }
}
