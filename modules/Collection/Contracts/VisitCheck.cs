namespace CollectionGrains.Collection;

/// <summary>
/// The checks of a visit's evidence: the scanned code names this household (and is not revoked), the position is
/// within the building's radius (its accuracy allowed for), the photo is a real JPEG or PNG within the size limit.
/// A visit failing any is flagged for review and does not count as a visit for the plan; some passing visits are
/// sampled for review too. <see cref="Review"/> is the supervisor's verdict once given.
/// </summary>
[GenerateSerializer, Immutable, Alias("collection.VisitCheck")]
public sealed record VisitCheck(
    [property: Id(0)] bool TokenValid,
    [property: Id(1)] bool WithinRadius,
    [property: Id(2)] decimal? DistanceMetres,
    [property: Id(3)] bool PhotoValid,
    [property: Id(4)] IReadOnlyList<string> Problems,
    [property: Id(5)] bool Sampled,
    [property: Id(6)] VisitReview? Review = null)
{
    public bool Flagged => !TokenValid || !WithinRadius || !PhotoValid;

    /// <summary>Counts as a visit: passed every check and not found to be cheating.</summary>
    public bool Counts => !Flagged && Review is not { Cheating: true };
}
