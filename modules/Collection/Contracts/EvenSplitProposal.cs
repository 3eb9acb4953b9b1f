namespace CollectionGrains.Collection;

/// <summary>
/// 平均分配: the project's unassigned households in arrears split among the named staff, balancing count and difficulty.
/// The id names the pool and the staff it was made from: applying it when either changed is refused.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.EvenSplitProposal")]
public sealed record EvenSplitProposal(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] string ProjectId,
    [property: Id(2)] IReadOnlyList<StaffShare> Shares,
    [property: Id(3)] bool Applied);
