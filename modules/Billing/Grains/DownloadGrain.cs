namespace CollectionGrains.Billing;

internal sealed class DownloadGrain : Grain, IDownloadGrain
{
    private Download? _download;

    public Task StoreAsync(Download download)
    {
        _download = download;
        DelayDeactivation(download.ExpiresAt - DateTimeOffset.UtcNow);
        return Task.CompletedTask;
    }

    public Task<Download?> GetAsync()
    {
        if (_download is { } download && download.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            _download = null;
            DeactivateOnIdle();
        }
        return Task.FromResult(_download);
    }
}
