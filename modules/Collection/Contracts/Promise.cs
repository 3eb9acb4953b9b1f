namespace CollectionGrains.Collection;

/// <summary>A promise to pay, made in a class-A contact: by which date, how much, and what became of it.</summary>
[GenerateSerializer, Immutable, Alias("collection.Promise")]
public sealed record Promise(
    [property: Id(0)] string ContactId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] PromiseState State,
    [property: Id(4)] DateTimeOffset MadeAt,
    [property: Id(5)] string Collector,
    [property: Id(6)] decimal PaidTowards,
    [property: Id(7)] DateOnly? DecidedOn);
