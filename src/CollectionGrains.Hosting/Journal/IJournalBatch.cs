using Npgsql;

namespace CollectionGrains.Hosting.Journal;

/// <summary>Rows for a module's plain tables that can be merged with other grains' rows and written in one round trip.</summary>
public interface IJournalBatch<in TSelf>
{
    int RowCount { get; }

    void Add(TSelf other);

    /// <summary>The households whose facts the rows change, appended to journal.household_change in the same transaction.</summary>
    IEnumerable<string> ChangedHouseholds { get; }

    /// <summary>The statements that write the rows; each must be idempotent on the fact's key, so a batch written twice changes nothing.</summary>
    IEnumerable<NpgsqlBatchCommand> ToCommands();
}
