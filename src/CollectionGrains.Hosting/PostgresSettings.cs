using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CollectionGrains.Hosting;

/// <summary>
/// Where PostgreSQL is. The same CG_PG_* variables (and defaults) drive deploy/postgres/setup.sh,
/// the silo, the stand-alone front end and the tests.
/// </summary>
public sealed record PostgresSettings(string Host, int Port, string Database, string Username, string Password)
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5433;
    public const string DefaultDatabase = "collectiongrains";
    public const string DefaultUsername = "collectiongrains";

    /// <summary>Where deploy/env.sh keeps the password it made for this machine, read when CG_PG_PASSWORD is unset.</summary>
    public const string DefaultPasswordFile = "/var/lib/collectiongrains/pg-password";

    /// <summary>
    /// Connections per pool. PostgreSQL does most work with a few busy connections per core: on this 2-core machine 16
    /// connections carried 3,198 payments/s where 100 carried about 2,000 (tests/bench.sh billing). Callers beyond the
    /// pool queue in Npgsql, which is cheap; a larger database server takes CG_PG_POOL to match its cores.
    /// </summary>
    public const int DefaultPoolSize = 16;

    public int PoolSize { get; init; } = DefaultPoolSize;

    /// <summary>The ADO.NET invariant name the Orleans providers use to load Npgsql.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>Reads the CG_PG_* settings; a port or pool size that is set but not a positive number stops the start.</summary>
    public static PostgresSettings FromConfiguration(IConfiguration configuration) => new(
        configuration["CG_PG_HOST"] ?? DefaultHost,
        NumberSetting.Positive(configuration, "CG_PG_PORT", DefaultPort),
        configuration["CG_PG_DB"] ?? DefaultDatabase,
        configuration["CG_PG_USER"] ?? DefaultUsername,
        configuration["CG_PG_PASSWORD"] ?? MachinePassword(configuration["CG_PG_PASSWORD_FILE"] ?? DefaultPasswordFile))
    {
        PoolSize = NumberSetting.Positive(configuration, "CG_PG_POOL", DefaultPoolSize),
    };

    private static string MachinePassword(string file) =>
        File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } password
            ? password
            : throw new InvalidOperationException(
                $"CG_PG_PASSWORD is not set and {file} holds no password: set it, or run deploy/postgres/setup.sh, which makes one for this machine");

    public static PostgresSettings FromEnvironment() =>
        FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public string ConnectionString(int? maxPoolSize = null) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Database = Database,
        Username = Username,
        Password = Password,
        MaxPoolSize = maxPoolSize ?? PoolSize,
        // Also how long a caller waits for a pooled connection: a burst of activations (a restart brings thousands of
        // grains back at once) queues for the pool instead of failing.
        Timeout = 30,
        CommandTimeout = 30,
        ApplicationName = "collectiongrains",
        // Statements repeated on every payment and state write are parsed and planned once per connection.
        MaxAutoPrepare = 64,
        AutoPrepareMinUsages = 2,
        // No code of this system changes session state (no SET, temporary tables, advisory locks or LISTEN), so a
        // connection going back to the pool needs no reset: without this every state write first ran seven reset
        // statements on its borrowed connection (pg_stat_statements during payments: 50,375 calls of each beside
        // 48,687 state writes).
        NoResetOnClose = true,
    }.ConnectionString;

    /// <summary>
    /// For a statement whose best plan depends on the length of its arrays and the size of the table it joins: it is
    /// planned at each execution with its values, never from a generic plan cached while the table was small.
    /// </summary>
    public string ConnectionStringPlannedEachTime(int maxPoolSize) =>
        new NpgsqlConnectionStringBuilder(ConnectionString(maxPoolSize)) { Options = "-c plan_cache_mode=force_custom_plan" }.ConnectionString;

    public PostgresSettings WithDatabase(string database) => this with { Database = database };
}
