using CollectionGrains.Hosting;
using Npgsql;

namespace CollectionGrains.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL that tests/run.sh (deploy/postgres/setup.sh) brought up, with the same CG_PG_* settings.
/// </summary>
public static class TestPostgres
{
    public static PostgresSettings Settings { get; } = PostgresSettings.FromEnvironment();

    public static NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(Settings.ConnectionString(maxPoolSize: 20));

    public static async Task<T?> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>After PostgreSQL restarted: this process's pooled connections are dead and would fail their next query.</summary>
    public static void ForgetPooledConnections()
    {
        NpgsqlConnection.ClearAllPools();
        DataSource.Clear();
    }

    public static async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
