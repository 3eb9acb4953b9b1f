namespace CollectionGrains.Kernel;

/// <summary>
/// Bulk fan-outs (a bill run, an import) over many grains: a fixed number of calls in flight, the next started as soon
/// as one ends. Chunk by chunk, each chunk would wait for its slowest call (a p99 of 100 ms against a p50 of 15 ms
/// under load) while the rest of the pipeline stood idle.
/// </summary>
public static class InFlight
{
    /// <summary>Runs <paramref name="action"/> for every item, at most <paramref name="concurrency"/> at once; the results in the items' order.</summary>
    public static async Task<TResult[]> ForEachAsync<T, TResult>(IReadOnlyList<T> items, int concurrency, Func<T, Task<TResult>> action)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var results = new TResult[items.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, items.Count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                results[i] = await action(items[i]);
            }
        }));
        return results;
    }
}
