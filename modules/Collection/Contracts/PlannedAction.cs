namespace CollectionGrains.Collection;

/// <summary>The next contact the procedure asks for: how, why, and in which window (start, and the end it is due by).</summary>
[GenerateSerializer, Immutable, Alias("collection.PlannedAction")]
public sealed record PlannedAction(
    [property: Id(0)] ContactMethod Method,
    [property: Id(1)] PlanReason Reason,
    [property: Id(2)] DateTimeOffset WindowStart,
    [property: Id(3)] DateTimeOffset DueBy,
    [property: Id(4)] bool Overdue);
