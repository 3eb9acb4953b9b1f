namespace CollectionGrains.Collection;

/// <summary>What a script's placeholders are filled with for one household.</summary>
[GenerateSerializer, Immutable, Alias("collection.ScriptValues")]
public sealed record ScriptValues(
    [property: Id(0)] string Owner,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] int Months,
    [property: Id(3)] string PayLink,
    [property: Id(4)] string Project,
    [property: Id(5)] string Collector);
