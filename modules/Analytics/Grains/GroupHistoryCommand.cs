using Npgsql;

namespace CollectionGrains.Analytics;

/// <summary>
/// A statement that may read a whole group's history. It gets the five minutes its grain's caller waits
/// (<c>[ResponseTimeout("00:05:00")]</c>); the connection's default of 30 s cut the live reason analysis of a group
/// of 1,000,000 households (docs/benchmarks.md).
/// </summary>
internal static class GroupHistoryCommand
{
    public const int TimeoutSeconds = 300;

    public static NpgsqlCommand Create(NpgsqlDataSource database, string sql)
    {
        var command = database.CreateCommand(sql);
        command.CommandTimeout = TimeoutSeconds;
        return command;
    }
}
