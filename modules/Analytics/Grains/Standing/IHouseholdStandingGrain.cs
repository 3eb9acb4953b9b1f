namespace CollectionGrains.Analytics.Standing;

/// <summary>The one keeper of the households' standing in a cluster (key 0); refreshes run one at a time.</summary>
internal interface IHouseholdStandingGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Seals the month before today's if it is not yet, and brings every household's standing up to today and to the facts
    /// committed so far; completes once it has.
    /// </summary>
    [ResponseTimeout("00:05:00")]
    Task RefreshAsync();

    /// <summary>Activates the keeper, whose timer and reminder refresh in the background.</summary>
    Task StartAsync();
}
