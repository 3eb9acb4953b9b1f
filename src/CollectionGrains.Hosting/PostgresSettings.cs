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
    public const string DefaultPassword = "collectiongrains";

    /// <summary>The ADO.NET invariant name the Orleans providers use to load Npgsql.</summary>
    public const string AdoNetInvariant = "Npgsql";

    public static PostgresSettings FromConfiguration(IConfiguration configuration) => new(
        configuration["CG_PG_HOST"] ?? DefaultHost,
        int.TryParse(configuration["CG_PG_PORT"], out var port) ? port : DefaultPort,
        configuration["CG_PG_DB"] ?? DefaultDatabase,
        configuration["CG_PG_USER"] ?? DefaultUsername,
        configuration["CG_PG_PASSWORD"] ?? DefaultPassword);

    public static PostgresSettings FromEnvironment() =>
        FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public string ConnectionString(int maxPoolSize = 100) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Database = Database,
        Username = Username,
        Password = Password,
        MaxPoolSize = maxPoolSize,
        // Also how long a caller waits for a pooled connection: a burst of activations (a restart brings thousands of
        // grains back at once) queues for the pool instead of failing.
        Timeout = 30,
        CommandTimeout = 30,
        ApplicationName = "collectiongrains",
        // Statements repeated on every payment and state write are parsed and planned once per connection.
        MaxAutoPrepare = 64,
        AutoPrepareMinUsages = 2,
    }.ConnectionString;

    public PostgresSettings WithDatabase(string database) => this with { Database = database };
}
