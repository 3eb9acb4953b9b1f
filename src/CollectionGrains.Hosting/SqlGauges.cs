using System.Collections.Concurrent;
using System.Globalization;
using CollectionGrains.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CollectionGrains.Hosting;

/// <summary>
/// Figures that live in PostgreSQL (open tasks, the messages waiting in the outbox) as gauges of the project's meter:
/// each read by its query every 15 s, so a scrape never waits for the database. One instrument per name per process.
/// </summary>
public static class SqlGauges
{
    private static readonly ConcurrentDictionary<string, SqlGauge> Gauges = new();

    /// <summary>A gauge whose value is the first column of the query's one row (no row or null: 0).</summary>
    public static IServiceCollection AddSqlGauge(this IServiceCollection services, string name, string unit, string description, string sql)
    {
        services.AddSingleton(Gauges.GetOrAdd(name, _ => new SqlGauge(name, unit, description, sql)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqlGaugeReader>());
        return services;
    }
}

internal sealed class SqlGauge
{
    public SqlGauge(string name, string unit, string description, string sql)
    {
        Sql = sql;
        Telemetry.Meter.CreateObservableGauge(name, () => Value, unit, description);
    }

    public string Sql { get; }

    public double Value { get; set; }
}

internal sealed class SqlGaugeReader(IEnumerable<SqlGauge> gauges, NpgsqlDataSource database, ILogger<SqlGaugeReader> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var gauge in gauges)
            {
                try
                {
                    await using var command = database.CreateCommand(gauge.Sql);
                    gauge.Value = await command.ExecuteScalarAsync(stoppingToken) is { } value and not DBNull ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    logger.GaugeQueryFailed(e);
                }
            }
            try
            {
                await Task.Delay(Every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
