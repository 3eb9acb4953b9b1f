using Npgsql;
using Orleans.Concurrency;

namespace CollectionGrains.Access;

/// <summary>Reads access.user_account; a stateless worker, so every silo reads locally.</summary>
[StatelessWorker]
internal sealed class UserDirectoryGrain(NpgsqlDataSource database) : Grain, IUserDirectoryGrain
{
    public Task<IReadOnlyList<UserSession>> ReadAsync(string afterUsername, int count) => UserDirectory.ReadAsync(database, afterUsername, count);

    public Task<IReadOnlyList<string>> ScopedAtAsync(string nodeId, int count) => UserDirectory.ScopedAtAsync(database, nodeId, count);
}
