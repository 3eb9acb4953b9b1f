using Npgsql;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>An empty database of its own on the test server, dropped when the test ends.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private ScratchDatabase(string name) => Name = name;

    public string Name { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var name = $"cg_scratch_{Guid.NewGuid():N}";
        await TestPostgres.ExecuteAsync($"CREATE DATABASE {name}");
        return new ScratchDatabase(name);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.Settings.WithDatabase(Name).ConnectionString(maxPoolSize: 2));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every table column, index, function, stored query and migration record, as one text.</summary>
    public Task<string> SchemaFingerprintAsync() => ScalarAsync<string>("""
        SELECT string_agg(item, E'\n' ORDER BY item) FROM (
            SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(column_default, '') AS item
              FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
            UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
            UNION ALL SELECT n.nspname || '.' || p.proname || ' ' || md5(p.prosrc)
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
            UNION ALL SELECT querykey || ' ' || md5(querytext) FROM orleansquery
            UNION ALL SELECT version || ' ' || sha256 FROM cg_schema_migrations) schema_items
        """);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // A session of another role in the database (one of the server's own, such as an autovacuum worker) cannot be
        // ended by this role: FORCE then refuses (42501), so the drop is tried again once that session has gone.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TestPostgres.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
