namespace CollectionGrains.Analytics.Standing;

/// <summary>The one closer of periods in a cluster (key 0): keeps each node above a project's closed month and week.</summary>
internal interface IClosedPeriodsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Asks every group, region and branch for its month before and week before once they are closed, so their analyses
    /// keep them, one node at a time; completes once all have.
    /// </summary>
    [ResponseTimeout("00:30:00")]
    Task KeepAsync();

    /// <summary>Activates the closer, whose reminder keeps the periods hourly.</summary>
    Task StartAsync();
}
