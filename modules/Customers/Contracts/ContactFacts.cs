namespace CollectionGrains.Customers;

/// <summary>
/// What the collection case tells the ledger about a household for its grade and credit: the days it was contacted
/// (each a reminder) and the days it complained (service orders opened). Whole lists, versioned by the case's commit
/// count, so an older or repeated message changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("customers.ContactFacts")]
public sealed record ContactFacts(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<DateOnly> ContactDays,
    [property: Id(2)] IReadOnlyList<DateOnly> ComplaintDays)
{
    /// <summary>How many contact days are kept: about two years of a weekly round.</summary>
    public const int Kept = 120;

    public static ContactFacts None { get; } = new(0, [], []);
}
