namespace CollectionGrains.Customers;

/// <summary>Everything a grade, the credit tags and the re-default score are computed from: the same for a live household and for a household of the training history as of a past day.</summary>
[GenerateSerializer, Immutable, Alias("customers.CustomerFacts")]
public sealed record CustomerFacts(
    [property: Id(0)] IReadOnlyList<BillRecord> Bills,
    [property: Id(1)] IReadOnlyList<DateOnly> ContactDays,
    [property: Id(2)] IReadOnlyList<DateOnly> ComplaintDays,
    [property: Id(3)] bool Corporate,
    [property: Id(4)] bool Vacant);
