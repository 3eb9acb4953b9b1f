using Npgsql;
using NpgsqlTypes;

namespace CollectionGrains.Hosting.Journal;

/// <summary>Helpers for multi-row statements over arrays (<c>unnest($1::text[], …)</c>): one parameter per column.</summary>
public static class BatchCommands
{
    public static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }
        return command;
    }

    public static T[] Column<TRow, T>(IEnumerable<TRow> rows, Func<TRow, T> field) => rows.Select(field).ToArray();

    /// <summary>A column that may hold nulls, typed so PostgreSQL knows the array's element type.</summary>
    public static NpgsqlParameter NullableColumn<TRow>(IEnumerable<TRow> rows, Func<TRow, object?> field, NpgsqlDbType type) =>
        new() { Value = rows.Select(r => field(r) ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };

    public static NpgsqlParameter Dates<TRow>(IEnumerable<TRow> rows, Func<TRow, DateOnly> field) =>
        new() { Value = rows.Select(field).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date };
}
