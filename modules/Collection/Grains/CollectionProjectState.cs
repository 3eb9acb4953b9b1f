namespace CollectionGrains.Collection;

/// <summary>What a project's collection desk stores: its policy, its roster, who holds each building.</summary>
internal sealed class CollectionProjectState
{
    public CollectionPolicy Policy { get; set; } = CollectionPolicy.Standard;

    /// <summary>A policy decided for a later day; from that day on it is the policy (see <c>CurrentPolicy</c>).</summary>
    public ScheduledCollectionPolicy? Scheduled { get; set; }

    public Dictionary<string, CollectorProfile> Roster { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> BuildingCollectors { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Champion–challenger experiments, in the order started (an experiment's id counts them).</summary>
    public List<ScriptExperiment> Experiments { get; init; } = [];
}
