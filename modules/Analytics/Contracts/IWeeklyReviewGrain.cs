namespace CollectionGrains.Analytics;

/// <summary>周例会: a project's weekly review (key: project id), read from the Collection and Billing tables.</summary>
public interface IWeeklyReviewGrain : IGrainWithStringKey
{
    /// <summary>The week holding <paramref name="day"/>.</summary>
    Task<WeeklyReview> GetAsync(DateOnly day);
}
