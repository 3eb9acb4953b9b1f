namespace CollectionGrains.Access;

/// <summary>Failed logins from one network address (key: the address), kept in memory for the window they count in.</summary>
public interface ILoginThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long the address must wait before it may try again; null when it may try now.</summary>
    Task<TimeSpan?> GetRetryAfterAsync();

    Task RecordFailureAsync();
}
