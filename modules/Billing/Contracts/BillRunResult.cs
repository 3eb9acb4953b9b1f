using CollectionGrains.Kernel;

namespace CollectionGrains.Billing;

/// <summary>The outcome of a project's bill run for a period. Running it again issues nothing new.</summary>
[GenerateSerializer, Immutable, Alias("billing.BillRunResult")]
public sealed record BillRunResult(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] Period Period,
    [property: Id(2)] int Households,
    [property: Id(3)] int BillsIssued,
    [property: Id(4)] int BillsAlreadyIssued,
    [property: Id(5)] IReadOnlyList<string> Skipped,
    [property: Id(6)] TimeSpan Elapsed);
