namespace CollectionGrains.Analytics;

/// <summary>Writes any analysis as a sheet (key: 0), from the same grains that answer the queries.</summary>
public interface IAnalysisExportGrain : IGrainWithIntegerKey
{
    Task<AnalysisSheet> ExportAsync(AnalysisRequest request);
}
