using CollectionGrains.Kernel;

namespace CollectionGrains.Billing;

/// <summary>A bill to issue to a household: one charge item for one period. Its id is <c>{ItemCode}:{Period}</c>.</summary>
[GenerateSerializer, Immutable, Alias("billing.BillDraft")]
public sealed record BillDraft(
    [property: Id(0)] string ItemCode,
    [property: Id(1)] string ItemName,
    [property: Id(2)] Period Period,
    [property: Id(3)] DateOnly DueDate,
    [property: Id(4)] decimal Amount)
{
    public string BillId => $"{ItemCode}:{Period}";
}
