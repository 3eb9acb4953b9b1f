namespace CollectionGrains.Analytics;

/// <summary>Finance reports of a node (key: node id), from the Billing tables; closed months from their kept copy.</summary>
public interface IFinanceReportGrain : IGrainWithStringKey
{
    Task<FinanceReport> GetAsync(Kernel.Period period);
}
