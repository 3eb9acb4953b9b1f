namespace CollectionGrains.Tests.Infrastructure;

/// <summary>Polls until a condition holds (or a call succeeds) within a deadline; for asynchronous outcomes.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, string because)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await condition())
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not true within {within.TotalSeconds:0}s: {because}");
            }
            await Task.Delay(200);
        }
    }

    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> call, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
