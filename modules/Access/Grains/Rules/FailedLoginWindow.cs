namespace CollectionGrains.Access.Rules;

/// <summary>
/// Counts failed logins over a sliding window: once <see cref="MaxFailures"/> fall inside it, the next attempt must wait
/// until the oldest of them leaves the window.
/// </summary>
internal sealed class FailedLoginWindow(int maxFailures, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _failures = new();

    public int MaxFailures => maxFailures;

    public TimeSpan Window => window;

    /// <summary>How long to wait before the next attempt; null when one may be made now.</summary>
    public TimeSpan? RetryAfter(DateTimeOffset now)
    {
        Forget(now);
        return _failures.Count >= maxFailures ? _failures.Peek() + window - now : null;
    }

    public void RecordFailure(DateTimeOffset now)
    {
        Forget(now);
        _failures.Enqueue(now);
    }

    public void Reset() => _failures.Clear();

    private void Forget(DateTimeOffset now)
    {
        while (_failures.Count > 0 && _failures.Peek() + window <= now)
        {
            _failures.Dequeue();
        }
    }
}
