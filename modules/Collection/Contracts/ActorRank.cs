namespace CollectionGrains.Collection;

/// <summary>What a person may do in the collection procedure of the projects in their scope.</summary>
public enum ActorRank
{
    /// <summary>Works their own package and the pool.</summary>
    Collector,

    /// <summary>Runs the procedure: assigns, transfers, cancels, allows a contact above the caps (supervisor, project manager, group admin).</summary>
    Supervisor,
}
