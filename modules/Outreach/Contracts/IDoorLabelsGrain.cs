using Orleans.Concurrency;

namespace CollectionGrains.Outreach;

/// <summary>A building's door labels (key: building id): one sheet of QR codes for every household's door, to print.</summary>
public interface IDoorLabelsGrain : IGrainWithStringKey
{
    /// <summary>The PDF, households in room order; null when the node is not a building.</summary>
    [ReadOnly]
    Task<byte[]?> RenderAsync();
}
