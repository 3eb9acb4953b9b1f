namespace CollectionGrains.Collection;

/// <summary>
/// A collector's figures: contacts today and this week (and how many of this week's fell outside the contact windows),
/// promises open, kept and broken this month, money recovered this month, open tasks and households held.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.CollectorCounters")]
public sealed record CollectorCounters(
    [property: Id(0)] int ContactsToday,
    [property: Id(1)] int ContactsThisWeek,
    [property: Id(2)] int OutsideWindowThisWeek,
    [property: Id(3)] int PromisesOpen,
    [property: Id(4)] int PromisesKept,
    [property: Id(5)] int PromisesBroken,
    [property: Id(6)] decimal RecoveredThisMonth,
    [property: Id(7)] int OpenTasks,
    [property: Id(8)] int Households);
