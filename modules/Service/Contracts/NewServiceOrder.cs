using CollectionGrains.Collection;

namespace CollectionGrains.Service;

/// <summary>What a collector gives to open a service order: the category, what is wrong, the contact it came from (which makes it idempotent), and photos (JPEG or PNG bytes).</summary>
[GenerateSerializer, Immutable, Alias("service.NewServiceOrder")]
public sealed record NewServiceOrder(
    [property: Id(0)] ArrearsReasonCategory Category,
    [property: Id(1)] string Description,
    [property: Id(2)] string? ContactId,
    [property: Id(3)] IReadOnlyList<byte[]> Photos);
