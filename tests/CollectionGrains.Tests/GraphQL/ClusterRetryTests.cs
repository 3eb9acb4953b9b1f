using CollectionGrains.GraphQL.Errors;
using Orleans.Runtime;

namespace CollectionGrains.Tests.GraphQL;

/// <summary>
/// A field the cluster refused without doing it runs again until it answers; any other failure is answered at once, and
/// a refusal that outlasts the budget is answered as it is. (The fault run shows it end to end: a silo leaves under load
/// and no request to the others fails.)
/// </summary>
public sealed class ClusterRetryTests
{
    [Fact]
    public async Task Refusals_by_the_cluster_are_tried_again_until_the_field_answers()
    {
        var attempts = 0;
        ValueTask<object?> Attempt(int answer)
        {
            attempts++;
            return attempts switch
            {
                1 => throw new SiloUnavailableException("silo stopping"),
                2 => ValueTask.FromException<object?>(new OrleansException("wrapped", new SiloUnavailableException("gone"))),
                3 => ValueTask.FromException<object?>(new Orleans.Storage.InconsistentStateException("written by another activation")),
                _ => ValueTask.FromResult<object?>(answer),
            };
        }

        var result = await ClusterRetry.ResolveAsync(Attempt, 42, CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(4, attempts);
    }

    [Fact]
    public async Task Any_other_failure_is_answered_at_once()
    {
        var attempts = 0;
        ValueTask<object?> Attempt(string why)
        {
            attempts++;
            return ValueTask.FromException<object?>(new Npgsql.NpgsqlException(why));
        }

        await Assert.ThrowsAsync<Npgsql.NpgsqlException>(async () =>
            await ClusterRetry.ResolveAsync(Attempt, "database down", CancellationToken.None));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_refusal_that_outlasts_the_budget_is_answered_as_it_is()
    {
        var attempts = 0;
        ValueTask<object?> Attempt(int _)
        {
            attempts++;
            return ValueTask.FromException<object?>(new SiloUnavailableException("gone for good"));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<SiloUnavailableException>(async () =>
            await ClusterRetry.ResolveAsync(Attempt, 0, CancellationToken.None));

        // The pauses double from 50 ms to 1 s: about 25 attempts fit in the 20 s budget, and none starts after it.
        Assert.InRange(attempts, 15, 30);
        Assert.InRange(started.Elapsed, ClusterRetry.Budget - TimeSpan.FromSeconds(2), ClusterRetry.Budget + TimeSpan.FromSeconds(5));
    }
}
