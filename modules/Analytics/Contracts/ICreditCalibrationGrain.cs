namespace CollectionGrains.Analytics;

/// <summary>客户信用 calibration for a node (key: node id; a project or above), from the group's latest model report.</summary>
public interface ICreditCalibrationGrain : IGrainWithStringKey
{
    /// <summary>Null before the group's first model was trained (or one trained before calibration was kept).</summary>
    Task<CreditCalibration?> GetAsync();
}
