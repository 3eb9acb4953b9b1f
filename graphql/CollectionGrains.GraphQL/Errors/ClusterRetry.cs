using System.Diagnostics;
using Orleans.Runtime;

namespace CollectionGrains.GraphQL.Errors;

/// <summary>
/// While silos join or leave, a grain call can be refused: the message reached a silo that is stopping, the silo went
/// away, the call was given up (cancelled) when a silo was declared dead, or another activation of the grain wrote first
/// (its state was not stored, so nothing was acknowledged). The API runs such a field again itself, with a short
/// backoff for up to <see cref="Budget"/>, so a client sees a slower answer instead of an error. A call in flight to a
/// silo that died may have run there before it died; running it again is still safe, because every mutation with an
/// effect is idempotent by the id the client chose (paymentId, contactId, …) — it is what the error has always asked
/// clients to do. A database that is down is not retried here: that lasts longer, and the client is told at once.
/// </summary>
internal static class ClusterRetry
{
    /// <summary>Inside the 30 s a query may take; a silo of the 100,000-household fault run leaves in about 6 s.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    /// <summary>A refusal by the cluster (the exception itself, not what it wraps).</summary>
    public static bool IsRefusal(Exception exception) =>
        exception is SiloUnavailableException or OrleansMessageRejectionException or Orleans.Storage.InconsistentStateException;

    /// <summary>
    /// Cancelled, but not by the request: the cluster gave the call up, as when a silo is declared dead and the directory
    /// lookups it was asked for are cancelled before the call was ever sent.
    /// </summary>
    private static bool CanceledByCluster(Exception exception, CancellationToken request) =>
        !request.IsCancellationRequested && ExceptionChain.Of(exception).Any(e => e is OperationCanceledException);

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, fails otherwise, or the budget is spent; an attempt that
    /// succeeds at once is answered without any further work.
    /// </summary>
    public static ValueTask<TResult> ResolveAsync<TState, TResult>(Func<TState, ValueTask<TResult>> attempt, TState state, CancellationToken cancellationToken)
    {
        var first = Start(attempt, state);
        return first.IsCompletedSuccessfully ? first : RetryAsync(attempt, state, first, cancellationToken);
    }

    private static async ValueTask<TResult> RetryAsync<TState, TResult>(
        Func<TState, ValueTask<TResult>> attempt, TState state, ValueTask<TResult> first, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var pause = FirstPause;
        var pending = first;
        while (true)
        {
            try
            {
                return await pending;
            }
            catch (Exception e) when ((ExceptionChain.Of(e).Any(IsRefusal) || CanceledByCluster(e, cancellationToken))
                && Stopwatch.GetElapsedTime(started) + pause < Budget)
            {
                Kernel.Telemetry.GraphQLRetries.Add(1);
            }
            await Task.Delay(pause, cancellationToken);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            pending = Start(attempt, state);
        }
    }

    /// <summary>The attempt's task, with an exception thrown before its first await carried in it.</summary>
    private static ValueTask<TResult> Start<TState, TResult>(Func<TState, ValueTask<TResult>> attempt, TState state)
    {
        try
        {
            return attempt(state);
        }
        catch (Exception e)
        {
            return ValueTask.FromException<TResult>(e);
        }
    }
}
