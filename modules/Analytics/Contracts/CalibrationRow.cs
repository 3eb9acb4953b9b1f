namespace CollectionGrains.Analytics;

/// <summary>
/// 客户信用 calibration of one probability band (<paramref name="Low"/> to <paramref name="High"/>) or one credit tag: the
/// held-out households in it at the model's holdout cut, the mean probability the system gave them, and the share that
/// was in arrears three months later.
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.CalibrationRow")]
public sealed record CalibrationRow(
    [property: Id(0)] decimal? Low,
    [property: Id(1)] decimal? High,
    [property: Id(2)] Customers.CreditTag? Tag,
    [property: Id(3)] int Households,
    [property: Id(4)] decimal PredictedMean,
    [property: Id(5)] decimal ActualRate);
