using Orleans.Concurrency;

namespace CollectionGrains.Collection;

/// <summary>
/// A project's visits as the supervisor reviews them (key: project id), read from collection.visit: the visits waiting
/// for review (flagged or sampled), and the cheating report of a month per collector.
/// </summary>
public interface IVisitReportsGrain : IGrainWithStringKey
{
    /// <summary>Flagged and sampled visits not yet reviewed, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<VisitToReview>> GetToReviewAsync(int first);

    /// <summary>Per collector of the project: visits of the month, flagged, and confirmed as cheating.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CheatingFigures>> GetCheatingReportAsync(CollectionGrains.Kernel.Period month);
}
