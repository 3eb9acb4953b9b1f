namespace CollectionGrains.Analytics;

/// <summary>客户信用 calibration for a node (key: node id, from the group to a building), from the group's model versions.</summary>
public interface ICreditCalibrationGrain : IGrainWithStringKey
{
    /// <summary>The latest version's; null before the group's first model was trained (or one trained before calibration was kept).</summary>
    Task<CreditCalibration?> GetAsync();

    /// <summary>The latest <paramref name="versions"/> versions', newest first: month by month, as the model is retrained monthly, each at its holdout cut.</summary>
    Task<IReadOnlyList<CreditCalibration>> HistoryAsync(int versions);
}
