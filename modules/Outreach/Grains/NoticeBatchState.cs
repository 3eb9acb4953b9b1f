namespace CollectionGrains.Outreach;

/// <summary>A batch as stored: what it is, the households it covers (in order) and how far it got.</summary>
[GenerateSerializer, Alias("outreach.NoticeBatchState")]
public sealed class NoticeBatchState
{
    [Id(0)] public NoticeBatch? Batch { get; set; }

    [Id(1)] public List<string> Households { get; set; } = [];

    [Id(2)] public int Next { get; set; }

    [Id(3)] public SharedNotice? Shared { get; set; }

    [Id(4)] public Collection.CollectionActor? Actor { get; set; }
}
