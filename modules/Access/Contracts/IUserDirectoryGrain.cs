using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>The users in PostgreSQL (access.user_account), for listing; any activation reads it.</summary>
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Up to <paramref name="count"/> users after <paramref name="afterUsername"/> in username order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<UserSession>> ReadAsync(string afterUsername, int count);

    /// <summary>The usernames of up to <paramref name="count"/> users whose scope is exactly this node.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ScopedAtAsync(string nodeId, int count);
}
