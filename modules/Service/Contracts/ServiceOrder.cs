using CollectionGrains.Collection;

namespace CollectionGrains.Service;

/// <summary>
/// 服务工单: an owner's complaint turned into work for the project's service desk — the household, the category of the
/// arrears reason it answers, what is wrong, the contact it came from, its photos (SHA-256 of each), its status and
/// deadline, and every change.
/// </summary>
[GenerateSerializer, Immutable, Alias("service.ServiceOrder")]
public sealed record ServiceOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string HouseholdId,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] string BuildingId,
    [property: Id(4)] ArrearsReasonCategory Category,
    [property: Id(5)] string Description,
    [property: Id(6)] string? ContactId,
    [property: Id(7)] IReadOnlyList<string> Photos,
    [property: Id(8)] ServiceOrderStatus Status,
    [property: Id(9)] DateOnly Deadline,
    [property: Id(10)] IReadOnlyList<ServiceOrderEvent> Events)
{
    /// <summary>Not yet confirmed by the owner: the household's dunning pauses while any order is open.</summary>
    public bool IsOpen => Status != ServiceOrderStatus.Confirmed;

    /// <summary>Still to be fixed (not resolved) after its deadline.</summary>
    public bool IsOverdue(DateOnly today) => Status is ServiceOrderStatus.Open or ServiceOrderStatus.InProgress or ServiceOrderStatus.Reopened && today > Deadline;

    public DateTimeOffset OpenedAt => Events[0].At;

    public string OpenedBy => Events[0].By;
}
