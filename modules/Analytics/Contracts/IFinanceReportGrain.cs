namespace CollectionGrains.Analytics;

/// <summary>Finance reports of a node (key: node id), from the Billing tables; closed months from their kept copy.</summary>
public interface IFinanceReportGrain : IGrainWithStringKey
{
    [ResponseTimeout("00:05:00")]   // a whole group's history is read when a month is not yet kept
    Task<FinanceReport> GetAsync(Kernel.Period period);
}
