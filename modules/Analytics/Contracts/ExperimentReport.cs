namespace CollectionGrains.Analytics;

/// <summary>
/// A champion–challenger experiment and its evidence: each arm, the challenger's rate less the champion's with its 95%
/// interval, the two-sided p-value of a two-proportion z-test, and whether the difference is significant (p &lt; 0.05
/// with at least <see cref="MinimumDecided"/> decided households in each arm).
/// </summary>
[GenerateSerializer, Immutable, Alias("analytics.ExperimentReport")]
public sealed record ExperimentReport(
    [property: Id(0)] Collection.ScriptExperiment Experiment,
    [property: Id(1)] ArmResult Champion,
    [property: Id(2)] ArmResult Challenger,
    [property: Id(3)] decimal? Difference,
    [property: Id(4)] decimal? DifferenceLow,
    [property: Id(5)] decimal? DifferenceHigh,
    [property: Id(6)] decimal? PValue,
    [property: Id(7)] bool Significant)
{
    public const int MinimumDecided = 30;
}
