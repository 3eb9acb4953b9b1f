using CollectionGrains.Customers;
using CollectionGrains.Kernel;
using CollectionGrains.Organisation;
using Npgsql;

namespace CollectionGrains.Silo.Demo;

/// <summary>
/// The demo group's re-default model (trained once its history is in the Billing tables, when it has none) and this
/// month's target (set at the group when it has none, cascaded down): a 92% collection rate and 95% of the opening arrears recovered by the year's end.
/// </summary>
internal static class DemoCreditAndTargets
{
    public static async Task LoadAsync(IGrainFactory grains, NpgsqlDataSource database, BusinessClock clock, ILogger logger, CancellationToken stoppingToken)
    {
        var group = grains.GetGrain<IOrgNodeGrain>(DemoPlan.GroupId);
        var month = Period.Of(clock.Today);
        if (await group.GetTargetAsync(month) is null && await group.GetAsync() is { } view)
        {
            await group.SetTargetAsync(new TargetRequest(month, 0.92m, Money.ToCents(view.Totals.OpeningArrears * 0.95m), true, "admin"));
        }
        var model = grains.GetGrain<ICreditModelGrain>(DemoPlan.GroupId);
        if (await model.GetAsync() is null)
        {
            await BillingTablesSettledAsync(database, stoppingToken);
            try
            {
                var report = await model.TrainAsync();
                logger.DemoCreditModel(report.Version, report.Auc, report.BaselineAuc, report.InUse, report.TrainSeconds);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                logger.DemoCreditModelNotTrained(e.Message); // a short demo history (CG_DEMO_MONTHS) is not enough to learn from
            }
        }
    }

    /// <summary>Waits (two minutes at most) until the households' facts stop arriving in billing.allocation.</summary>
    private static async Task BillingTablesSettledAsync(NpgsqlDataSource database, CancellationToken stoppingToken)
    {
        long previous = -1;
        for (var i = 0; i < 40; i++)
        {
            await using var command = database.CreateCommand("SELECT count(*) FROM billing.allocation");
            var count = (long)(await command.ExecuteScalarAsync(stoppingToken))!;
            if (count == previous)
            {
                return;
            }
            previous = count;
            await Task.Delay(TimeSpan.FromSeconds(3), stoppingToken);
        }
    }
}
