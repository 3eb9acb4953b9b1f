namespace CollectionGrains.Analytics;

/// <summary>
/// How the group's latest re-default model did on the households it never saw, for the projects below a node: by the
/// probability band it gave them at the holdout cut and by the credit tags they carried, against what happened in the
/// following three months (known by <paramref name="OutcomeDay"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.CreditCalibration")]
public sealed record CreditCalibration(
    [property: Id(0)] string GroupId,
    [property: Id(1)] int ModelVersion,
    [property: Id(2)] bool ModelInUse,
    [property: Id(3)] DateOnly HoldoutCut,
    [property: Id(4)] DateOnly OutcomeDay,
    [property: Id(5)] IReadOnlyList<CalibrationRow> Bands,
    [property: Id(6)] IReadOnlyList<CalibrationRow> Tags);
