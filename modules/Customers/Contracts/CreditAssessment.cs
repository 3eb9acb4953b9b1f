namespace CollectionGrains.Customers;

/// <summary>
/// A household's grade and credit as of now: the automatic grade from its history, the grade in force (a supervisor's
/// override, when there is one), its credit tags, and the probability that it falls into (or stays in) arrears within
/// the next three months — from the group's model when that beats the grade, otherwise the grade's own rate in the
/// training history; null before any model was trained. ModelVersion names what gave the probability.
/// </summary>
[GenerateSerializer, Immutable, Alias("customers.CreditAssessment")]
public sealed record CreditAssessment(
    [property: Id(0)] Grade AutomaticGrade,
    [property: Id(1)] Grade Grade,
    [property: Id(2)] GradeOverride? Override,
    [property: Id(3)] IReadOnlyList<CreditTag> Tags,
    [property: Id(4)] decimal? RedefaultProbability,
    [property: Id(5)] string? ModelVersion);
