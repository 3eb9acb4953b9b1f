namespace CollectionGrains.Collection;

/// <summary>A part of the day (China time) in which households may be contacted, from <see cref="Start"/> up to <see cref="End"/>.</summary>
[GenerateSerializer, Immutable, Alias("collection.ContactWindow")]
public sealed record ContactWindow(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] TimeOnly End)
{
    public bool Contains(TimeOnly time) => time >= Start && time < End;

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
