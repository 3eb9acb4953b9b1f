namespace CollectionGrains.Billing;

/// <summary>户: who and where a household is, and what it is billed for.</summary>
[GenerateSerializer, Immutable, Alias("billing.HouseholdProfile")]
public sealed record HouseholdProfile(
    [property: Id(0)] string HouseholdId,
    string ProjectId,
    string BuildingId,
    [property: Id(3)] string Room,
    [property: Id(4)] decimal Area,
    [property: Id(5)] string OwnerName,
    [property: Id(6)] CustomerType CustomerType,
    [property: Id(7)] IReadOnlyList<string> Phones,
    [property: Id(8)] bool IsVacant,
    [property: Id(9)] DateOnly? MoveInDate,
    [property: Id(10)] IReadOnlyList<string> OptedOutItems)
{
    /// <summary>The project's id, held once for all its households (<see cref="Kernel.SharedStrings"/>).</summary>
    [Id(1)]
    public string ProjectId { get; init; } = Kernel.SharedStrings.Of(ProjectId);

    /// <summary>The building's id, held once for all its households.</summary>
    [Id(2)]
    public string BuildingId { get; init; } = Kernel.SharedStrings.Of(BuildingId);

    /// <summary>Equal in every field, lists compared item by item.</summary>
    public bool SameAs(HouseholdProfile? other) =>
        other is not null
        && this with { Phones = [], OptedOutItems = [] } == other with { Phones = [], OptedOutItems = [] }
        && Phones.SequenceEqual(other.Phones)
        && OptedOutItems.SequenceEqual(other.OptedOutItems);
}
