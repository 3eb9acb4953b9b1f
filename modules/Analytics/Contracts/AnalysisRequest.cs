namespace CollectionGrains.Analytics;

/// <summary>
/// One analysis to write as a sheet, with the arguments its query takes: effect <c>From</c>, <c>To</c>, <c>By</c>;
/// reasons <c>Period</c>, <c>Cut</c>; finance <c>Period</c>; roll rates <c>FromMonth</c>, <c>ToMonth</c>; the weekly review <c>From</c> (a day of
/// the week); experiments nothing more (the node is a project for these two); trend <c>From</c>, <c>To</c>, <c>Step</c>; credit
/// calibration nothing more (month by month, every version kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.AnalysisRequest")]
public sealed record AnalysisRequest(
    [property: Id(0)] AnalysisKind Kind,
    [property: Id(1)] string NodeId,
    [property: Id(2)] DateOnly? From = null,
    [property: Id(3)] DateOnly? To = null,
    [property: Id(4)] EffectDimension? By = null,
    [property: Id(5)] Kernel.Period? Period = null,
    [property: Id(6)] ReasonCut? Cut = null,
    [property: Id(7)] Kernel.Period? FromMonth = null,
    [property: Id(8)] Kernel.Period? ToMonth = null,
    [property: Id(9)] TrendStep? Step = null);
