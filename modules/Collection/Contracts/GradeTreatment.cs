namespace CollectionGrains.Collection;

/// <summary>差异催收: how the procedure treats households of a grade — the method of the first round and the contacts a week it asks for at least.</summary>
[GenerateSerializer, Immutable, Alias("collection.GradeTreatment")]
public sealed record GradeTreatment(
    [property: Id(0)] Customers.Grade Grade,
    [property: Id(1)] ContactMethod FirstMethod,
    [property: Id(2)] int WeeklyMinimum);
