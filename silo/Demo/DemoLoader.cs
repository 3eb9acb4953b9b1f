using System.Diagnostics;
using CollectionGrains.Billing;
using CollectionGrains.Collection;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// Loads the demo group when CG_DEMO_HOUSEHOLDS is above zero, once the silo is up: the tree, each project's charge
/// items, the households, 24 months (CG_DEMO_MONTHS) of bills and the payments of each household, all through the household grains'
/// own rules, and one user per role (<see cref="DemoUsers"/>). Loading again finds everything there and changes nothing.
/// </summary>
internal sealed class DemoLoader(IConfiguration configuration, IGrainFactory grains, BusinessClock clock,
    Npgsql.NpgsqlDataSource database, IHostApplicationLifetime lifetime, ILogger<DemoLoader> logger) : BackgroundService
{
    private const int Concurrency = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration["CG_DEMO_HOUSEHOLDS"], out var households) || households <= 0)
        {
            return;
        }
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var months = int.TryParse(configuration["CG_DEMO_MONTHS"], out var asked) && asked is > 0 and <= 60 ? asked : 24;
            var plan = new DemoPlan(households, clock.Today, months);
            if (await LoadedAsync(DemoPlan.GroupId, households, months, record: false))
            {
                logger.DemoLoadedAlready(households, months);
                foreach (var chunk in plan.Locations.Chunk(256))
                {
                    await Task.WhenAll(chunk.Select(building => grains.GetGrain<IOrgNodeGrain>(building.Key).SetLocationAsync(building.Value)));
                }
                await CreateUsersAsync();
            }
            else
            {
                await LoadAsync(plan, stoppingToken);
                await LoadedAsync(DemoPlan.GroupId, households, months, record: true);
            }
            if (!await LoadedAsync(DemoCollectionLoader.Key, households, months, record: false))
            {
                await new DemoCollectionLoader(configuration, grains, clock, logger).LoadAsync(plan, stoppingToken);
                await LoadedAsync(DemoCollectionLoader.Key, households, months, record: true);
            }
            await DemoCreditAndTargets.LoadAsync(grains, database, clock, logger, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DemoLoadFailed(e);
        }
    }

    /// <summary>One user per role, as soon as the tree exists (their scopes are its nodes).</summary>
    private async Task CreateUsersAsync()
    {
        await DemoUsers.CreateAsync(grains, configuration["CG_DEMO_PASSWORD"] is { Length: > 0 } password ? password : DemoUsers.DefaultPassword);
        logger.DemoUsers(string.Join(", ", DemoUsers.Accounts.Select(a => $"{a.Username} ({a.Role})")));
    }

    /// <summary>Whether this demo (or its collection part) was loaded completely today (cg_demo_load); with <paramref name="record"/>, records that it was.</summary>
    private async Task<bool> LoadedAsync(string part, int households, int months, bool record)
    {
        await using var command = database.CreateCommand(record
            ? "INSERT INTO cg_demo_load (group_id, households, months, loaded_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
            : "SELECT count(*) > 0 FROM cg_demo_load WHERE group_id = $1 AND households = $2 AND months = $3 AND loaded_on = $4");
        command.Parameters.AddWithValue(part);
        command.Parameters.AddWithValue(households);
        command.Parameters.AddWithValue(months);
        command.Parameters.AddWithValue(clock.Today);
        return record ? await command.ExecuteNonQueryAsync() >= 0 : (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task LoadAsync(DemoPlan plan, CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        var all = plan.Projects.SelectMany(p => p.Households).ToList();
        logger.DemoLoading(plan.Projects.Count, all.Count, plan.Periods.Count);
        // Level by level, a level's nodes at once: a node waits for its parent's (debounced) write of the new child.
        foreach (var level in plan.Nodes.GroupBy(n => n.Level).OrderBy(g => g.Key))
        {
            foreach (var chunk in level.Chunk(256))
            {
                await Task.WhenAll(chunk.Select(n => grains.GetGrain<IOrgNodeGrain>(n.Id).CreateAsync(n.Name, n.Level, n.Parent)));
            }
        }
        foreach (var chunk in plan.Locations.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(building => grains.GetGrain<IOrgNodeGrain>(building.Key).SetLocationAsync(building.Value)));
        }
        await CreateUsersAsync();
        foreach (var chunk in plan.Projects.Chunk(Concurrency))
        {
            await Task.WhenAll(chunk.Select(async project =>
            {
                foreach (var item in project.Items)
                {
                    await grains.GetGrain<IBillingProjectGrain>(project.ProjectId).SetChargeItemAsync(item);
                }
            }));
        }
        await ForEachAsync(all, h => grains.GetGrain<IHouseholdGrain>(h.Profile.HouseholdId).RegisterAsync(h.Profile), stoppingToken);
        logger.DemoRegistered(all.Count, watch.Elapsed.TotalSeconds);
        var items = plan.Projects.ToDictionary(p => p.ProjectId, p => p.Items);
        // Each household's history at once, bills then payments: only those still owing at the end open a collection task.
        await ForEachAsync(all, async h =>
        {
            var household = grains.GetGrain<IHouseholdGrain>(h.Profile.HouseholdId);
            await household.BillPeriodsAsync(plan.Periods, items[h.Profile.ProjectId]);
            return await household.RecordPaymentsAsync(h.Payments);
        }, stoppingToken);
        logger.DemoLoaded(all.Count, all.Sum(h => h.Payments.Count), watch.Elapsed.TotalSeconds);
    }

    public static async Task ForEachAsync<T>(List<DemoHousehold> households, Func<DemoHousehold, Task<T>> action, CancellationToken stoppingToken)
    {
        foreach (var chunk in households.Chunk(Concurrency))
        {
            stoppingToken.ThrowIfCancellationRequested();
            await Task.WhenAll(chunk.Select(action));
        }
    }
}
