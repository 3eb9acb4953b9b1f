namespace CollectionGrains.Service;

/// <summary>A page of service orders, and the cursor of the next one (null: the last page).</summary>
[GenerateSerializer, Immutable, Alias("service.ServiceOrderPage")]
public sealed record ServiceOrderPage(
    [property: Id(0)] IReadOnlyList<ServiceOrder> Orders,
    [property: Id(1)] string? Next);
