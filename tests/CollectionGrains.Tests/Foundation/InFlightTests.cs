using CollectionGrains.Kernel;
using CollectionGrains.Tests.Infrastructure;

namespace CollectionGrains.Tests.Foundation;

public sealed class InFlightTests
{
    [Fact]
    public async Task Every_item_runs_once_never_more_than_the_limit_at_a_time_and_a_slow_one_holds_up_only_itself()
    {
        var items = Enumerable.Range(0, 200).ToList();
        var (running, most, started) = (0, 0, new int[items.Count]);
        var slow = new TaskCompletionSource();
        var done = InFlight.ForEachAsync(items, 8, async item =>
        {
            Interlocked.Increment(ref started[item]);
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (item == 0)
            {
                await slow.Task;   // one call that does not end until every other item has run
            }
            else
            {
                await Task.Delay(1);
            }
            Interlocked.Decrement(ref running);
            return item * 10;
        });

        // Chunk by chunk, items 8 and on would wait for item 0; kept in flight, the other seven slots run them all.
        await Eventually.TrueAsync(() => Task.FromResult(started.Skip(1).All(s => s == 1)), TimeSpan.FromSeconds(10), "every other item ran");
        Assert.False(done.IsCompleted);
        slow.SetResult();

        Assert.Equal(items.Select(i => i * 10), await done);   // in the items' order
        Assert.All(started, s => Assert.Equal(1, s));
        Assert.InRange(most, 2, 8);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
