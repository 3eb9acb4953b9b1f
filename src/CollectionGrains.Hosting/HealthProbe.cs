using System.Diagnostics;
using Npgsql;
using Orleans.Runtime;

namespace CollectionGrains.Hosting;

/// <summary>Checks PostgreSQL and the Orleans cluster for <c>/health</c>.</summary>
public sealed class HealthProbe(PostgresSettings postgres, ClusterSettings cluster, IGrainFactory grains)
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var database = await CheckPostgresAsync(cancellationToken);
        var members = await CheckClusterAsync();
        var healthy = database.Ok && members.Ok;
        return new HealthReport(healthy ? "healthy" : "unhealthy", database, members);
    }

    private async Task<ComponentHealth> CheckPostgresAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            await using var connection = new NpgsqlConnection(postgres.ConnectionString(maxPoolSize: 2));
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM cg_schema_migrations", connection);
            var migrations = Convert.ToInt32(await command.ExecuteScalarAsync(timeout.Token));
            return new ComponentHealth(true, $"{postgres.Host}:{postgres.Port}/{postgres.Database}, {migrations} migrations applied", watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return new ComponentHealth(false, $"{postgres.Host}:{postgres.Port}/{postgres.Database} unreachable: {e.Message}", watch.ElapsedMilliseconds);
        }
    }

    private async Task<ComponentHealth> CheckClusterAsync()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(CheckTimeout);
            var active = hosts.Count(h => h.Value == SiloStatus.Active);
            return new ComponentHealth(active > 0, $"cluster {cluster.ClusterId}: {active} active silo(s)", watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
        {
            return new ComponentHealth(false, $"cluster {cluster.ClusterId} unavailable: {e.Message}", watch.ElapsedMilliseconds);
        }
    }
}
