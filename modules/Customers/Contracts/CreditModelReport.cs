namespace CollectionGrains.Customers;

/// <summary>
/// A trained re-default model and its honest evaluation: trained on the households outside the holdout, at month cuts
/// whose three-month outcome was known before <see cref="HoldoutCut"/>; evaluated on the holdout households at that cut
/// (households and months it never saw). The rule-based grade is scored the same way as the baseline; the model is in use
/// only when its AUC beats the grade's. <see cref="Calibration"/> holds the holdout's cells per building as trained; they
/// are stored beside the version (customers.calibration_cell), not in the stored report, which reads back without them.
/// </summary>
[GenerateSerializer, Immutable, Alias("customers.CreditModelReport")]
public sealed record CreditModelReport(
    [property: Id(0)] string GroupId,
    [property: Id(1)] int Version,
    [property: Id(2)] DateTimeOffset TrainedAt,
    [property: Id(3)] bool InUse,
    [property: Id(4)] double Auc,
    [property: Id(5)] double Ks,
    [property: Id(6)] double TopDecileLift,
    [property: Id(7)] double BaselineAuc,
    [property: Id(8)] double BaselineKs,
    [property: Id(9)] double BaselineTopDecileLift,
    [property: Id(10)] int TrainRows,
    [property: Id(11)] int TrainHouseholds,
    [property: Id(12)] int HoldoutHouseholds,
    [property: Id(13)] DateOnly TrainedThrough,
    [property: Id(14)] DateOnly HoldoutCut,
    [property: Id(15)] double HoldoutPositiveRate,
    [property: Id(16)] double TrainSeconds,
    [property: Id(17)] IReadOnlyList<decimal> GradeRates,
    [property: Id(18)] IReadOnlyList<CalibrationCell>? Calibration = null);
