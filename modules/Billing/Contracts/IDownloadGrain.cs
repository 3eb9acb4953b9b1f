namespace CollectionGrains.Billing;

/// <summary>
/// One download (key: an unguessable id): held in memory until it expires, reachable from every silo and front end of
/// the cluster. Not persisted: a link outlives neither its expiry nor a restart, and the export is simply made again.
/// </summary>
public interface IDownloadGrain : IGrainWithStringKey
{
    Task StoreAsync(Download download);

    /// <summary>The download, or null when there is none or it expired.</summary>
    Task<Download?> GetAsync();
}
