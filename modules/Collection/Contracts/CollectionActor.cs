namespace CollectionGrains.Collection;

/// <summary>Who asks for a change of the collection work, as the signed-in user: recorded with every change.</summary>
[GenerateSerializer, Immutable, Alias("collection.CollectionActor")]
public sealed record CollectionActor(
    [property: Id(0)] string Username,
    [property: Id(1)] ActorRank Rank)
{
    public bool IsSupervisor => Rank == ActorRank.Supervisor;

    /// <summary>Changes the system makes by itself (a task opened by arrears, closed by a payment).</summary>
    public static readonly CollectionActor System = new("system", ActorRank.Supervisor);
}
