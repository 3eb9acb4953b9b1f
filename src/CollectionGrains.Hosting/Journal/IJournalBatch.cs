using Npgsql;

namespace CollectionGrains.Hosting.Journal;

/// <summary>Rows for a module's plain tables that can be merged with other grains' rows and written in one round trip.</summary>
public interface IJournalBatch<in TSelf>
{
    int RowCount { get; }

    void Add(TSelf other);

    /// <summary>
    /// The statements that write the rows; each must be idempotent on the fact's key, so a batch written twice changes
    /// nothing. Those that write facts the change feed's readers keep append what they changed (<see cref="ChangeFeed"/>).
    /// </summary>
    IEnumerable<NpgsqlBatchCommand> ToCommands();
}
