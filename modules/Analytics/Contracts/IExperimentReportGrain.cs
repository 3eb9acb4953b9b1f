namespace CollectionGrains.Analytics;

/// <summary>The evidence of a project's champion–challenger experiments (key: project id), from the Collection and Billing tables.</summary>
public interface IExperimentReportGrain : IGrainWithStringKey
{
    /// <summary>Every experiment of the project, newest first, with its arms' results so far.</summary>
    Task<IReadOnlyList<ExperimentReport>> GetAsync();
}
