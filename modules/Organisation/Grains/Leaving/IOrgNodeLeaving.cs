using Orleans.Concurrency;

namespace CollectionGrains.Organisation;

/// <summary>What a silo that starts to leave asks of the organisation nodes it holds (<see cref="OrgNodesOnThisSilo"/>).</summary>
internal interface IOrgNodeLeaving : IGrainWithStringKey
{
    /// <summary>Writes what is not yet written, now; completes once it is.</summary>
    [AlwaysInterleave]
    Task WriteBeforeLeavingAsync();
}
