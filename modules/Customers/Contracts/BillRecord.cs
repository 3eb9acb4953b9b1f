using CollectionGrains.Kernel;

namespace CollectionGrains.Customers;

/// <summary>
/// What happened to one bill, as the ledger knows it on a day: its period, due date and principal, the principal still
/// owed, and the day the last of it was paid or waived (null while any is owed).
/// </summary>
[GenerateSerializer, Immutable, Alias("customers.BillRecord")]
public sealed record BillRecord(
    [property: Id(0)] Period Period,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] decimal Principal,
    [property: Id(3)] decimal Outstanding,
    [property: Id(4)] DateOnly? SettledOn);
