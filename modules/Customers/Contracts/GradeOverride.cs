namespace CollectionGrains.Customers;

/// <summary>A supervisor's grade for a household in place of the automatic one, with the reason, who set it and when.</summary>
[GenerateSerializer, Immutable, Alias("customers.GradeOverride")]
public sealed record GradeOverride(
    [property: Id(0)] Grade Grade,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
